package org.portailfamille.planning.application.port.in;

import org.jspecify.annotations.Nullable;

import java.util.UUID;

/**
 * What became of a booking.
 *
 * @param outcome            see {@link Outcome}
 * @param reservationId      the reservation, when BOOKED or ALREADY_BOOKED
 * @param awaitingValidation when booked, whether staff still have to validate it
 * @param canJoinWaitingList when FULL, whether the family may join the day's waiting list (not already on it)
 */
public record BookDayResult(Outcome outcome, @Nullable UUID reservationId, boolean awaitingValidation,
                            boolean canJoinWaitingList) {

    public enum Outcome {
        /** A place was taken: the day is booked (confirmed, or awaiting staff validation). */
        BOOKED,
        /** The child was already booked on that day: nothing changed. */
        ALREADY_BOOKED,
        /** No place left: the family may join the waiting list. */
        FULL,
        /** The booking deadline of the day has passed. */
        DEADLINE_PASSED,
        /** A public holiday or a closure of the facility or activity. */
        CLOSED,
        /** The child is not enrolled in the activity on that day (or is not this family's). */
        NOT_ENROLLED,
        /** The activity does not run on that weekday. */
        NOT_RUNNING_THAT_DAY,
        /**
         * The day lies in a booking period whose booking has not opened yet; the opening moment is given by
         * {@link ViewPlanningSetUpUseCase#bookingOpening}.
         */
        NOT_OPEN_YET,
        /** The day lies in a booking period whose booking has closed. */
        BOOKING_CLOSED
    }

    public static BookDayResult of(Outcome outcome) {
        return new BookDayResult(outcome, null, false, false);
    }
}
