package org.portailfamille.planning.application.service;

import org.portailfamille.planning.application.port.in.AcceptPlaceOfferCommand;
import org.portailfamille.planning.application.port.in.AcceptPlaceOfferOutcome;
import org.portailfamille.planning.application.port.in.AcceptPlaceOfferUseCase;
import org.portailfamille.planning.application.port.out.Activities;
import org.portailfamille.planning.application.port.out.ActivityDays;
import org.portailfamille.planning.application.port.out.PlaceOffers;
import org.portailfamille.planning.application.port.out.Reservations;
import org.portailfamille.planning.domain.Activity;
import org.portailfamille.planning.domain.PlaceOffer;
import org.portailfamille.planning.domain.Reservation;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Accepts a place offer: the place it holds becomes the child's booking. An offer found expired is closed and its
 * place passed on to the next child waiting, in the same transaction.
 */
public class AcceptPlaceOfferService implements AcceptPlaceOfferUseCase {

    private final Activities activities;
    private final PlaceOffers offers;
    private final Reservations reservations;
    private final ActivityDays activityDays;
    private final FreedPlaces freedPlaces;
    private final Clock clock;

    public AcceptPlaceOfferService(Activities activities, PlaceOffers offers, Reservations reservations,
                                   ActivityDays activityDays, FreedPlaces freedPlaces, Clock clock) {
        this.activities = activities;
        this.offers = offers;
        this.reservations = reservations;
        this.activityDays = activityDays;
        this.freedPlaces = freedPlaces;
        this.clock = clock;
    }

    @Override
    public AcceptPlaceOfferOutcome acceptPlaceOffer(AcceptPlaceOfferCommand command) {
        Optional<PlaceOffers.Pending> pending = offers.pendingForUpdate(command.offerId())
                .filter(offer -> offer.family().equals(command.familyId()));
        if (pending.isEmpty()) {
            return AcceptPlaceOfferOutcome.NO_OFFER;
        }
        PlaceOffer offer = pending.get().offer();
        Activity activity = activities.byId(offer.activity())
                .orElseThrow(() -> new IllegalStateException("Unknown activity " + offer.activity()));
        Instant now = clock.instant();
        if (offer.isExpired(now)) {
            offers.markExpired(pending.get().id(), now);
            passPlaceOn(activity, offer, now);
            return AcceptPlaceOfferOutcome.EXPIRED;
        }
        offers.markAccepted(pending.get().id(), now);
        if (!reservations.addIfAbsent(Reservation.fromOffer(offer, pending.get().family(), activity, now))) {
            // The child got a place meanwhile: the held one is not needed.
            passPlaceOn(activity, offer, now);
        }
        return AcceptPlaceOfferOutcome.ACCEPTED;
    }

    private void passPlaceOn(Activity activity, PlaceOffer offer, Instant now) {
        activityDays.lock(activity.id(), offer.day(), activity.capacity().places());
        freedPlaces.passOn(activity, offer.day(), now);
    }
}
