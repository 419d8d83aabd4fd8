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
    private final org.portailfamille.accounts.application.port.in.@org.jspecify.annotations.Nullable GetChildNamesUseCase childNames;

    public ListPlaceOffersService(Activities activities, PlaceOffers offers, Clock clock) {
        this(activities, offers, clock, null);
    }

    /** The children's names let the family's table say whose each offer is. */
    public ListPlaceOffersService(Activities activities, PlaceOffers offers, Clock clock,
                                  org.portailfamille.accounts.application.port.in.@org.jspecify.annotations.Nullable GetChildNamesUseCase childNames) {
        this.activities = activities;
        this.offers = offers;
        this.clock = clock;
        this.childNames = childNames;
    }

    @Override
    public List<PlaceOfferView> placeOffers(FamilyId familyId) {
        Instant now = clock.instant();
        List<PlaceOffers.Pending> pendingOffers = offers.pendingOf(familyId);
        java.util.Map<org.portailfamille.shared.ChildId, org.portailfamille.accounts.application.port.in.ChildName> names =
                childNames == null ? java.util.Map.of() : childNames.childNames(pendingOffers.stream()
                        .map(pending -> pending.offer().child()).distinct().toList());
        return pendingOffers.stream()
                .filter(pending -> pending.offer().canBeAccepted(now))
                .sorted(Comparator.comparing((PlaceOffers.Pending pending) -> pending.offer().day())
                        .thenComparing(pending -> pending.offer().offeredAt()))
                .map(pending -> {
                    PlaceOffer offer = pending.offer();
                    String name = activities.byId(offer.activity()).map(activity -> activity.name()).orElse("");
                    String childName = java.util.Optional.ofNullable(names.get(offer.child()))
                            .filter(child -> child.familyId().equals(familyId))
                            .map(FamilyChildNames::written).orElse("");
                    return new PlaceOfferView(pending.id(), offer.child(), offer.activity().value(), name,
                            offer.day(), offer.offeredAt(), offer.expiresAt(), childName);
                })
                .toList();
    }
}
