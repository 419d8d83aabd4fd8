package org.portailfamille.planning.application.port.in;

/**
 * What became of a request to wait for a place.
 *
 * @param outcome  see {@link Outcome}
 * @param position the child's 1-based position when JOINED or ALREADY_WAITING, 0 otherwise
 */
public record JoinWaitingListResult(Outcome outcome, int position) {

    public enum Outcome {
        /** The child waits, at {@code position}. */
        JOINED,
        /** The child was already waiting: nothing changed. */
        ALREADY_WAITING,
        /** A place is free: book it instead. */
        NOT_FULL,
        /** The child has been offered a place that day: accept the offer instead. */
        PLACE_OFFERED,
        /** The child is already booked on that day. */
        ALREADY_BOOKED,
        /** The day cannot be booked any more. */
        DEADLINE_PASSED,
        /** A public holiday or a closure. */
        CLOSED,
        /** The child is not enrolled in the activity on that day (or is not this family's). */
        NOT_ENROLLED,
        /** The activity does not run on that weekday. */
        NOT_RUNNING_THAT_DAY
    }

    public static JoinWaitingListResult of(Outcome outcome) {
        return new JoinWaitingListResult(outcome, 0);
    }
}
