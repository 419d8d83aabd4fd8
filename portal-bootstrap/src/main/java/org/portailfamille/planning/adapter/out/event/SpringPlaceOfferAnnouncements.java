package org.portailfamille.planning.adapter.out.event;

import org.portailfamille.planning.PlaceOffered;
import org.portailfamille.planning.application.port.out.PlaceOfferAnnouncements;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Publishes place offers as Spring application events; Spring Modulith's publication registry stores them in the
 * offer's transaction and keeps them until every listener has completed.
 */
public class SpringPlaceOfferAnnouncements implements PlaceOfferAnnouncements {

    private final ApplicationEventPublisher publisher;

    public SpringPlaceOfferAnnouncements(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void placeOffered(PlaceOffered event) {
        publisher.publishEvent(event);
    }
}
