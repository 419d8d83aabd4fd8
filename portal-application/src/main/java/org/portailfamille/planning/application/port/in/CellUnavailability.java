package org.portailfamille.planning.application.port.in;

/** Why a day cannot be booked or changed now (shown instead of, or next to, its deadline). */
public enum CellUnavailability {
    /** The booking (or cancellation) deadline has passed: "délai dépassé". */
    DEADLINE_PASSED,
    /** A public holiday or a closure: "fermé". */
    CLOSED,
    /** No place left: "complet" (the family may join, or is on, the waiting list). */
    FULL,
    /** The child is not enrolled in the activity that day: "non inscrit". */
    NOT_ENROLLED,
    /** The activity does not run on that weekday. */
    NOT_RUNNING,
    /** The activity does not allow cancelling a booked day: only an absence may be declared. */
    CANCELLATION_NOT_ALLOWED,
    /** The day is over and recorded at the register: nothing to change. */
    RECORDED,
    /** The day lies in a booking period that has not opened yet: "réservation pas encore ouverte". */
    NOT_OPEN_YET,
    /** The day lies in a booking period that has closed: "réservation close". */
    BOOKING_CLOSED,
    /** Outside the activity's season: it runs in the school holidays only (ADR 0030). */
    OUTSIDE_HOLIDAYS,
    /** Outside the activity's season: it does not run in the school holidays. */
    OUTSIDE_TERM_TIME,
    /** Outside the activity's dated sessions. */
    OUTSIDE_SESSIONS
}
