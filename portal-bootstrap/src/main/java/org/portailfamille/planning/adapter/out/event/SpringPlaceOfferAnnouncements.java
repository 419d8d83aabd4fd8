package org.portailfamille.planning.adapter.out.event;

import org.portailfamille.planning.PlaceOffered;
import org.portailfamille.planning.application.port.out.PlaceOfferAnnouncements;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Publishes place offers as Spring application events; Spring Modulith's publication registry stores them in the
 * offer's transaction and keeps them until every listener has completed. Each committed offer is counted:
 * {@code portal.waiting_list.offers}.
 */
public class SpringPlaceOfferAnnouncements implements PlaceOfferAnnouncements {

    private final ApplicationEventPublisher publisher;

    private final MeterRegistry meters;

    public SpringPlaceOfferAnnouncements(ApplicationEventPublisher publisher, MeterRegistry meters) {
        this.publisher = publisher;
        this.meters = meters;
    }

    @Override
    public void placeOffered(PlaceOffered event) {
        publisher.publishEvent(event);
        afterCommit(() -> meters.counter("portal.waiting_list.offers").increment());
    }

    /** Counted when the transaction commits (a rolled-back change is not counted). */
    private static void afterCommit(Runnable count) {
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCommit() {
                            count.run();
                        }
                    });
        } else {
            count.run();
        }
    }
}
