package org.portailfamille.planning.adapter.out.event;

import org.portailfamille.planning.AttendanceRecorded;
import org.portailfamille.planning.application.port.out.AttendanceEvents;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Publishes the register's lines as Spring application events; Spring Modulith's publication registry stores
 * them in the recording transaction and keeps them until every listener (billing) has completed.
 */
public class SpringAttendanceEvents implements AttendanceEvents {

    private final ApplicationEventPublisher publisher;

    public SpringAttendanceEvents(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void recorded(AttendanceRecorded event) {
        publisher.publishEvent(event);
    }
}
