package org.portailfamille.requests.adapter.out.event;

import org.portailfamille.requests.RequestAccepted;
import org.portailfamille.requests.RequestRefused;
import org.portailfamille.requests.application.port.out.RequestEvents;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Publishes request decisions as Spring application events; Spring Modulith's publication registry stores
 * them in the decision's transaction and keeps them until every listener has completed.
 */
public class SpringRequestEvents implements RequestEvents {

    private final ApplicationEventPublisher publisher;

    public SpringRequestEvents(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void accepted(RequestAccepted event) {
        publisher.publishEvent(event);
    }

    @Override
    public void refused(RequestRefused event) {
        publisher.publishEvent(event);
    }
}
