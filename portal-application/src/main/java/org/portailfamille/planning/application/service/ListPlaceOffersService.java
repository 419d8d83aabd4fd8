package org.portailfamille.planning.application.service;

import org.portailfamille.planning.application.port.in.ListPlaceOffersUseCase;
import org.portailfamille.planning.application.port.in.PlaceOfferView;
import org.portailfamille.planning.application.port.out.Activities;
import org.portailfamille.planning.application.port.out.PlaceOffers;
import org.portailfamille.planning.domain.PlaceOffer;
import org.portailfamille.shared.FamilyId;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

public class ListPlaceOffersService implements ListPlaceOffersUseCase {

    private final Activities activities;
    private final PlaceOffers offers;
    private final Clock clock;

    public ListPlaceOffersService(Activities activities, PlaceOffers offers, Clock clock) {
        this.activities = activities;
        this.offers = offers;
        this.clock = clock;
    }

    @Override
    public List<PlaceOfferView> placeOffers(FamilyId familyId) {
        Instant now = clock.instant();
        return offers.pendingOf(familyId).stream()
                .filter(pending -> pending.offer().canBeAccepted(now))
                .sorted(Comparator.comparing((PlaceOffers.Pending pending) -> pending.offer().day())
                        .thenComparing(pending -> pending.offer().offeredAt()))
                .map(pending -> {
                    PlaceOffer offer = pending.offer();
                    String name = activities.byId(offer.activity()).map(activity -> activity.name()).orElse("");
                    return new PlaceOfferView(pending.id(), offer.child(), offer.activity().value(), name,
                            offer.day(), offer.offeredAt(), offer.expiresAt());
                })
                .toList();
    }
}
