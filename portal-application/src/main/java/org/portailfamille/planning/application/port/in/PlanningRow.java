package org.portailfamille.planning.application.port.in;

import java.util.List;
import java.util.UUID;

/**
 * One row of the planning grid: an activity the child is enrolled in during the month.
 *
 * @param activityId   the activity
 * @param facilityName its facility ("Accueil de Loisirs")
 * @param activityName its name ("ALSH Mercredi après-midi")
 * @param guardianName the "Responsable" column: the family's guardian, "DUPONT JEAN"
 * @param cells        one cell per day of the month, in day order
 * @param season       when the activity is offered: {@code ALL_YEAR}, {@code TERM_TIME}, {@code SCHOOL_HOLIDAYS}
 *                     or {@code DATED_SESSIONS} (ADR 0030)
 */
public record PlanningRow(UUID activityId, String facilityName, String activityName, String guardianName,
                          List<PlanningCell> cells, String season) {

    public PlanningRow {
        cells = List.copyOf(cells);
    }

    public PlanningRow(UUID activityId, String facilityName, String activityName, String guardianName,
                       List<PlanningCell> cells) {
        this(activityId, facilityName, activityName, guardianName, cells, "ALL_YEAR");
    }
}
