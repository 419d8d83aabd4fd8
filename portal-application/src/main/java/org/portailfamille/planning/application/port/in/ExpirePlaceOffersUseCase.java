package org.portailfamille.planning.application.port.in;

/**
 * Closes the place offers whose 24 hours have passed and passes each held place on to the next child waiting (or
 * gives it back to the day). Meant to run every few minutes; returns how many offers expired.
 */
public interface ExpirePlaceOffersUseCase {
    int expirePlaceOffers();
}
