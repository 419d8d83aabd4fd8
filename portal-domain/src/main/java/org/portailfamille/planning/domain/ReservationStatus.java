package org.portailfamille.planning.domain;

/** Where a reservation stands. Confirmed and awaiting reservations both take a place; cancelled ones do not. */
public enum ReservationStatus {
    CONFIRMED,
    AWAITING_VALIDATION,
    CANCELLED;

    public boolean isActive() {
        return this != CANCELLED;
    }
}
