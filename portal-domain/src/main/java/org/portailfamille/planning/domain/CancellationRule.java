package org.portailfamille.planning.domain;

import java.util.Objects;

/**
 * Until when a booked day may be cancelled, next to its booking deadline in a {@link DeadlinePolicy}.
 */
public sealed interface CancellationRule
        permits CancellationRule.SameAsBooking, CancellationRule.NotAllowed, CancellationRule.OwnDeadline {

    /** The booking deadline applies to cancellations too (the common case). */
    static CancellationRule sameAsBooking() {
        return SameAsBooking.INSTANCE;
    }

    /**
     * "Annulation : aucune": once booked, a day cannot be cancelled; the family may only declare an absence, which
     * is billed unless it is excused (medical certificate).
     */
    static CancellationRule notAllowed() {
        return NotAllowed.INSTANCE;
    }

    /** A deadline of its own ("réservation le vendredi 12h, annulation la veille 12h"; "15 jours / 16 jours"). */
    static CancellationRule until(BookingDeadline deadline) {
        return new OwnDeadline(deadline);
    }

    /** See {@link #sameAsBooking()}. */
    enum SameAsBooking implements CancellationRule { INSTANCE }

    /** See {@link #notAllowed()}. */
    enum NotAllowed implements CancellationRule { INSTANCE }

    /** See {@link #until(BookingDeadline)}. */
    record OwnDeadline(BookingDeadline deadline) implements CancellationRule {
        public OwnDeadline {
            Objects.requireNonNull(deadline, "deadline");
        }
    }
}
