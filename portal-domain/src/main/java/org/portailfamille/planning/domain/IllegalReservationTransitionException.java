package org.portailfamille.planning.domain;

import java.util.UUID;

/** A reservation was asked to make a move its status does not allow (e.g. confirming a cancelled one). */
public class IllegalReservationTransitionException extends IllegalStateException {

    private final ReservationStatus status;
    private final ReservationTransition transition;

    public IllegalReservationTransitionException(UUID reservation, ReservationStatus status,
                                                 ReservationTransition transition) {
        super("Reservation " + reservation + " is " + status + ": it cannot " + transition);
        this.status = status;
        this.transition = transition;
    }

    public ReservationStatus status() {
        return status;
    }

    public ReservationTransition transition() {
        return transition;
    }
}
