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
    BOOKING_CLOSED
}
