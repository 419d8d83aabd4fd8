package org.portailfamille.billing.adapter.out.event;

import org.portailfamille.billing.DirectDebitAnnounced;
import org.portailfamille.billing.DirectDebitRejected;
import org.portailfamille.billing.application.port.out.DirectDebitEvents;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes the direct-debit events in the exporting or rejecting transaction (kept by the Modulith registry). */
@Component
class SpringDirectDebitEvents implements DirectDebitEvents {

    private final ApplicationEventPublisher publisher;

    SpringDirectDebitEvents(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void announced(DirectDebitAnnounced event) {
        publisher.publishEvent(event);
    }

    @Override
    public void rejected(DirectDebitRejected event) {
        publisher.publishEvent(event);
    }
}
