package org.portailfamille.planning.domain;

/** How a reservation came to be. */
public enum ReservationOrigin {
    /** The family asked for the day (a "Demande de réservation"). */
    REQUESTED,
    /** A day of the child's regular schedule (enrolment with regular weekdays): booked without a request. */
    REGULAR,
    /** The family accepted a place offered from the waiting list. */
    PLACE_OFFER,
    /** Staff booked the day (e.g. a child present without booking, recorded at the register). */
    STAFF
}
