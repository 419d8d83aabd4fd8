package org.portailfamille.planning.application.port.in;

/**
 * The places of one day of an activity.
 *
 * @param places     places that day
 * @param taken      places taken by bookings or held by pending offers
 * @param remaining  places still free
 * @param almostFull whether few places are left ("plus que N places")
 * @param waiting    children on the waiting list
 */
public record DayOccupancy(int places, int taken, int remaining, boolean almostFull, int waiting) {
}
