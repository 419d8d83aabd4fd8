package org.portailfamille.planning.application.service;

import org.portailfamille.planning.application.port.in.ExpirePlaceOffersUseCase;
import org.portailfamille.planning.application.port.out.Activities;
import org.portailfamille.planning.application.port.out.ActivityDays;
import org.portailfamille.planning.application.port.out.PlaceOffers;
import org.portailfamille.planning.domain.Activity;
import org.portailfamille.planning.domain.PlaceOffer;

import java.time.Clock;
import java.time.Instant;

/**
 * Expires overdue place offers, a batch per call (one transaction), each offer locked so that a family accepting at
 * the same moment is decided first or not at all.
 */
public class ExpirePlaceOffersService implements ExpirePlaceOffersUseCase {

    static final int BATCH = 200;

    private final Activities activities;
    private final PlaceOffers offers;
    private final ActivityDays activityDays;
    private final FreedPlaces freedPlaces;
    private final Clock clock;

    public ExpirePlaceOffersService(Activities activities, PlaceOffers offers, ActivityDays activityDays,
                                    FreedPlaces freedPlaces, Clock clock) {
        this.activities = activities;
        this.offers = offers;
        this.activityDays = activityDays;
        this.freedPlaces = freedPlaces;
        this.clock = clock;
    }

    @Override
    public int expirePlaceOffers() {
        Instant now = clock.instant();
        int expired = 0;
        for (PlaceOffers.Pending pending : offers.expiredForUpdate(now, BATCH)) {
            PlaceOffer offer = pending.offer();
            Activity activity = activities.byId(offer.activity())
                    .orElseThrow(() -> new IllegalStateException("Unknown activity " + offer.activity()));
            offers.markExpired(pending.id(), now);
            activityDays.lock(activity.id(), offer.day(), activity.capacity().places());
            freedPlaces.passOn(activity, offer.day(), now);
            expired++;
        }
        return expired;
    }
}
