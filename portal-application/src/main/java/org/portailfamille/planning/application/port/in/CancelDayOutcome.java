package org.portailfamille.planning.application.port.in;

/** What became of a cancellation. */
public enum CancelDayOutcome {
    /** The booking is cancelled and its place freed (offered at once to the first child waiting, if any). */
    CANCELLED,
    /** There was no active booking of the day for this child of this family: nothing changed. */
    NOT_BOOKED,
    /** The cancellation deadline of the day has passed: only an absence may be declared. */
    DEADLINE_PASSED,
    /** The activity does not allow cancelling a booked day: only an absence may be declared. */
    NOT_ALLOWED
}
