package org.portailfamille.planning.application.service;

import org.portailfamille.accounts.application.port.in.GetChildNamesUseCase;
import org.portailfamille.planning.application.port.out.PlaceOfferAnnouncements;
import org.portailfamille.planning.application.port.out.ActivityDays;
import org.portailfamille.planning.application.port.out.Enrolments;
import org.portailfamille.planning.application.port.out.PlaceOffers;
import org.portailfamille.planning.application.port.out.WaitingLists;
import org.portailfamille.planning.PlaceOffered;
import org.portailfamille.planning.domain.Activity;
import org.portailfamille.planning.domain.Enrolment;
import org.portailfamille.planning.domain.PlaceOffer;
import org.portailfamille.planning.domain.WaitingList;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A place freed on a day goes at once to the first child waiting, as an offer holding the place; with nobody
 * waiting, it is given back to the day's counter. The caller holds the day's lock ({@link ActivityDays#lock}), so
 * two places freed at once are never offered to the same child. Every offer made is announced ({@link PlaceOffered}),
 * so that the family is told at once. One bean shared by the services that free places (wired in
 * {@code planning.config}).
 */
public final class FreedPlaces {

    private final ActivityDays activityDays;
    private final WaitingLists waitingLists;
    private final PlaceOffers offers;
    private final Enrolments enrolments;
    private final GetChildNamesUseCase childNames;
    private final PlaceOfferAnnouncements announcements;

    public FreedPlaces(ActivityDays activityDays, WaitingLists waitingLists, PlaceOffers offers, Enrolments enrolments,
                GetChildNamesUseCase childNames, PlaceOfferAnnouncements announcements) {
        this.activityDays = activityDays;
        this.waitingLists = waitingLists;
        this.offers = offers;
        this.enrolments = enrolments;
        this.childNames = childNames;
        this.announcements = announcements;
    }

    /** Passes the place freed on {@code day} on; returns the offer made, if any. */
    Optional<PlaceOffer> passOn(Activity activity, LocalDate day, Instant now) {
        WaitingList list = waitingLists.of(activity.id(), day);
        while (true) {
            Optional<WaitingList.Offered> offered = list.offerNext(now, PlaceOffer.DEFAULT_TIME_TO_ACCEPT);
            if (offered.isEmpty()) {
                activityDays.releasePlace(activity.id(), day);
                return Optional.empty();
            }
            PlaceOffer offer = offered.get().offer();
            waitingLists.remove(activity.id(), day, offer.child());
            list = offered.get().remaining();
            Optional<Enrolment> enrolment = enrolments.covering(offer.child(), activity.id(), day);
            if (enrolment.isPresent()) {
                PlaceOffers.Pending pending = new PlaceOffers.Pending(UUID.randomUUID(), enrolment.get().family(), offer);
                offers.add(pending);
                announcements.placeOffered(new PlaceOffered(pending.id(), pending.family(), offer.child(),
                        FamilyChildNames.nameOf(childNames, pending.family(), offer.child()).orElse(""), activity.id().value(),
                        activity.name(), day, offer.expiresAt()));
                return Optional.of(offer);
            }
        }
    }
}
