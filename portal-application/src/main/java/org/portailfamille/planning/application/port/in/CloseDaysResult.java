package org.portailfamille.planning.application.port.in;

/** What closing days did: the bookings cancelled and the families told. */
public record CloseDaysResult(long closureId, int cancelledBookings, int families) {
}
