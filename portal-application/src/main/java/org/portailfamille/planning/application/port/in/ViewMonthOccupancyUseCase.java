package org.portailfamille.planning.application.port.in;

import java.time.YearMonth;
import java.util.Optional;
import java.util.UUID;

/** Staff: the occupancy of an activity over a month (places, alert, waiting lists, offers and their outcome). */
public interface ViewMonthOccupancyUseCase {

    /** Empty when there is no such activity. */
    Optional<MonthOccupancy> monthOccupancy(UUID activityId, YearMonth month);
}
