package org.portailfamille.planning.application.port.in;

import java.time.LocalDate;
import java.util.UUID;

/** The occupancy of one day of an activity. */
public record DayOccupancyQuery(UUID activityId, LocalDate day) {
}
