package org.portailfamille.billing.adapter.out.event;

import org.portailfamille.billing.InvoicesIssued;
import org.portailfamille.billing.application.port.out.BillingEvents;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes billing's events in the issuing transaction; the Modulith registry keeps them until listeners complete. */
@Component
class SpringBillingEvents implements BillingEvents {

    private final ApplicationEventPublisher publisher;

    SpringBillingEvents(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void invoicesIssued(InvoicesIssued event) {
        publisher.publishEvent(event);
    }
}
