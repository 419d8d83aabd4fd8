package org.portailfamille.planning.application.port.in;

/**
 * What closing days did: the bookings cancelled, the families told, the pending place offers withdrawn and the
 * waiting-list entries removed.
 */
public record CloseDaysResult(long closureId, int cancelledBookings, int families, int withdrawnOffers,
                              int withdrawnWaitingEntries) {

    public CloseDaysResult(long closureId, int cancelledBookings, int families) {
        this(closureId, cancelledBookings, families, 0, 0);
    }
}
