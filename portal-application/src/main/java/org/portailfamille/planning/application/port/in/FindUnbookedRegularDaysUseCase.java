package org.portailfamille.planning.application.port.in;

import java.time.LocalDate;
import java.util.List;

/** The regular days not booked whose booking deadline falls on a given day (for the reminder of the day before). */
public interface FindUnbookedRegularDaysUseCase {

    /**
     * Days of children's regular schedules, in activities that run and are open that day, with no active
     * reservation, whose booking deadline is on {@code deadlineDay}; by family, child, day.
     */
    List<UnbookedRegularDay> unbookedRegularDaysDueOn(LocalDate deadlineDay);
}
