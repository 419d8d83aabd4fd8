package org.portailfamille.planning.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The délai de prévenance of an activity: its booking deadline and its cancellation rule. Cancellation is either
 * the same as booking, not allowed at all once a day is booked (the family then declares an absence, billed unless
 * excused), or a deadline of its own.
 *
 * <p>The two deadlines are independent: with "15 working days to book and 16 to cancel", a booked day can no longer
 * be cancelled one working day before it can no longer be booked.
 */
public record DeadlinePolicy(BookingDeadline booking, CancellationRule cancellation) {

    public DeadlinePolicy {
        Objects.requireNonNull(booking, "booking");
        Objects.requireNonNull(cancellation, "cancellation");
    }

    /** Booking and cancellation under the same deadline. */
    public static DeadlinePolicy sameFor(BookingDeadline deadline) {
        return new DeadlinePolicy(deadline, CancellationRule.sameAsBooking());
    }

    /** The last moment at which {@code day} may be booked. */
    public LocalDateTime bookingDeadlineFor(LocalDate day, CalendarContext context) {
        return booking.deadlineFor(day, context);
    }

    /** The last moment at which a booking of {@code day} may be cancelled; empty when cancellation is not allowed. */
    public Optional<LocalDateTime> cancellationDeadlineFor(LocalDate day, CalendarContext context) {
        return cancellationDeadline().map(deadline -> deadline.deadlineFor(day, context));
    }

    /** The deadline that governs cancellations; empty when cancellation is not allowed. */
    public Optional<BookingDeadline> cancellationDeadline() {
        if (cancellation instanceof CancellationRule.OwnDeadline own) {
            return Optional.of(own.deadline());
        }
        if (cancellation instanceof CancellationRule.SameAsBooking) {
            return Optional.of(booking);
        }
        return Optional.empty();
    }

    public boolean canBook(LocalDate day, LocalDateTime now, CalendarContext context) {
        return booking.isOpen(day, now, context);
    }

    public boolean canCancel(LocalDate day, LocalDateTime now, CalendarContext context) {
        return cancellationDeadline().map(deadline -> deadline.isOpen(day, now, context)).orElse(false);
    }
}
