package org.portailfamille.planning.adapter.out.event;

import org.portailfamille.planning.ActivityDaysClosed;
import org.portailfamille.planning.application.port.out.PlanningEvents;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Publishes the planning module's events as Spring application events; Spring Modulith's publication registry
 * stores them in the use case's transaction and keeps them until every listener has completed.
 */
public class SpringPlanningEvents implements PlanningEvents {

    private final ApplicationEventPublisher publisher;

    public SpringPlanningEvents(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void daysClosed(ActivityDaysClosed event) {
        publisher.publishEvent(event);
    }

    @Override
    public void scheduleChanged(org.portailfamille.planning.ActivityScheduleChanged event) {
        publisher.publishEvent(event);
    }
}
