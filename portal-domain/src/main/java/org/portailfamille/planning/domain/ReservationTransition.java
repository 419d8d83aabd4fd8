package org.portailfamille.planning.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The moves a reservation may make, and from which statuses: staff confirm or refuse a booking awaiting validation;
 * the family, a closure or the end of an enrolment cancel an active one. Cancelled and refused are final. The
 * persistence adapter updates a row only while it is still in one of {@link #from()} (its concurrency guard).
 */
public enum ReservationTransition {
    CONFIRM(ReservationStatus.CONFIRMED, EnumSet.of(ReservationStatus.AWAITING_VALIDATION)),
    REFUSE(ReservationStatus.REFUSED, EnumSet.of(ReservationStatus.AWAITING_VALIDATION)),
    CANCEL(ReservationStatus.CANCELLED, EnumSet.of(ReservationStatus.CONFIRMED, ReservationStatus.AWAITING_VALIDATION));

    private final ReservationStatus to;
    private final Set<ReservationStatus> from;

    ReservationTransition(ReservationStatus to, Set<ReservationStatus> from) {
        this.to = to;
        this.from = Set.copyOf(from);
    }

    /** The status a reservation has after the move. */
    public ReservationStatus to() {
        return to;
    }

    /** The statuses the move may start from. */
    public Set<ReservationStatus> from() {
        return from;
    }

    /** Whether a reservation in {@code status} may make this move. */
    public boolean allowedFrom(ReservationStatus status) {
        return from.contains(status);
    }
}
