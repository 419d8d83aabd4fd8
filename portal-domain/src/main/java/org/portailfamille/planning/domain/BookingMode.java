package org.portailfamille.planning.domain;

/** How a booking of an activity takes effect. */
public enum BookingMode {
    /** The booking is confirmed as soon as a place is taken. */
    CONFIRMED_AT_ONCE,
    /** The booking takes a place at once, but staff confirm it (crèche, outings). */
    VALIDATED_BY_STAFF
}
