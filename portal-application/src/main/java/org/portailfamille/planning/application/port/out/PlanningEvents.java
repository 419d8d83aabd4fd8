package org.portailfamille.planning.application.port.out;

import org.portailfamille.planning.ActivityDaysClosed;

/** Publishes the planning module's events to other modules. */
public interface PlanningEvents {

    void daysClosed(ActivityDaysClosed event);

    void scheduleChanged(org.portailfamille.planning.ActivityScheduleChanged event);
}
