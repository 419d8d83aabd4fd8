package org.portailfamille.planning.adapter.out.event;

import org.portailfamille.planning.PlanningChangedByStaff;
import org.portailfamille.planning.application.port.out.StaffActionEvents;
import org.springframework.context.ApplicationEventPublisher;

/** Publishes staff actions on families' plannings through Spring Modulith's publication registry. */
public class SpringStaffActionEvents implements StaffActionEvents {

    private final ApplicationEventPublisher publisher;

    public SpringStaffActionEvents(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void changedByStaff(PlanningChangedByStaff event) {
        publisher.publishEvent(event);
    }
}
