package org.portailfamille.planning.application.port.out;

import org.portailfamille.planning.PlaceOffered;

/** Announces the place offers made from waiting lists (through the event publication registry, in the offer's transaction). */
public interface PlaceOfferAnnouncements {

    void placeOffered(PlaceOffered event);
}
