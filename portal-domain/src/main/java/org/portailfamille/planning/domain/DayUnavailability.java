package org.portailfamille.planning.domain;

/** Why a day of an activity cannot be booked or changed now, as {@link GridStatusPolicy} decides it. */
public enum DayUnavailability {
    DEADLINE_PASSED,
    CLOSED,
    FULL,
    NOT_ENROLLED,
    NOT_RUNNING,
    CANCELLATION_NOT_ALLOWED,
    RECORDED,
    NOT_OPEN_YET,
    BOOKING_CLOSED,
    /** Outside the activity's season: it runs in the school holidays only. */
    OUTSIDE_HOLIDAYS,
    /** Outside the activity's season: it does not run in the school holidays. */
    OUTSIDE_TERM_TIME,
    /** Outside the activity's dated sessions. */
    OUTSIDE_SESSIONS
}
