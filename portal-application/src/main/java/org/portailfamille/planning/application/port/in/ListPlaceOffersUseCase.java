package org.portailfamille.planning.application.port.in;

import org.portailfamille.shared.FamilyId;

import java.util.List;

/** The place offers a family may still accept, soonest day first. */
public interface ListPlaceOffersUseCase {
    List<PlaceOfferView> placeOffers(FamilyId familyId);
}
