package org.portailfamille.planning.application.port.in;

/** How many places of a day of an activity are taken and left (staff capacity view, planning grid). */
public interface ViewDayOccupancyUseCase {
    DayOccupancy dayOccupancy(DayOccupancyQuery query);
}
