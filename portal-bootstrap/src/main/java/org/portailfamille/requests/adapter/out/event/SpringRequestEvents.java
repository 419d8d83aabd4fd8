package org.portailfamille.requests.adapter.out.event;

import org.portailfamille.requests.RequestAccepted;
import org.portailfamille.requests.RequestRefused;
import org.portailfamille.requests.application.port.out.RequestEvents;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Publishes request decisions as Spring application events; Spring Modulith's publication registry stores
 * them in the decision's transaction and keeps them until every listener has completed. Each committed decision is
 * counted: {@code portal.requests.decided} (tags {@code type}, e.g. planning.reservation for bookings, and
 * {@code outcome}).
 */
public class SpringRequestEvents implements RequestEvents {

    private final ApplicationEventPublisher publisher;

    private final MeterRegistry meters;

    public SpringRequestEvents(ApplicationEventPublisher publisher, MeterRegistry meters) {
        this.publisher = publisher;
        this.meters = meters;
    }

    @Override
    public void accepted(RequestAccepted event) {
        publisher.publishEvent(event);
        afterCommit(() -> meters.counter("portal.requests.decided", "type", event.type(), "outcome", "accepted").increment());
    }

    @Override
    public void refused(RequestRefused event) {
        publisher.publishEvent(event);
        afterCommit(() -> meters.counter("portal.requests.decided", "type", event.type(), "outcome", "refused").increment());
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
