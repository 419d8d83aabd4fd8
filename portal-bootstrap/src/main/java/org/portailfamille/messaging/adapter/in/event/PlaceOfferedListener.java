package org.portailfamille.messaging.adapter.in.event;

import org.portailfamille.messaging.application.port.in.NotifyPlaceOfferUseCase;
import org.portailfamille.messaging.application.port.in.PlaceOfferNotice;
import org.portailfamille.planning.PlaceOffered;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells the family at once when a place it waited for is offered to its child. */
@Component
class PlaceOfferedListener {

    private final NotifyPlaceOfferUseCase notify;

    PlaceOfferedListener(NotifyPlaceOfferUseCase notify) {
        this.notify = notify;
    }

    @ApplicationModuleListener
    void on(PlaceOffered event) {
        notify.notifyPlaceOffer(new PlaceOfferNotice(event.offerId(), event.familyId(), event.childName(),
                event.activityName(), event.day(), event.expiresAt()));
    }
}
