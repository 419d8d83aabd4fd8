package org.portailfamille.planning.domain;

/**
 * Where a reservation stands. Confirmed and awaiting reservations both take a place; cancelled and refused ones
 * do not. A refused reservation is one staff turned down (validated-by-staff activities); it stays visible to the
 * family as "Réservation refusée".
 */
public enum ReservationStatus {
    CONFIRMED,
    AWAITING_VALIDATION,
    CANCELLED,
    REFUSED;

    public boolean isActive() {
        return this == CONFIRMED || this == AWAITING_VALIDATION;
    }
}
