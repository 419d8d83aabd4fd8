package org.portailfamille.planning.application.port.in;

import org.portailfamille.shared.ChildId;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The planning of one child for one month, as the guide's "Agenda" shows it.
 *
 * @param childId        the child
 * @param childFirstName the child's first name
 * @param childLastName  the child's last name
 * @param month          the month shown
 * @param days           every day of the month, the grid's columns
 * @param rows           one row per activity the child is enrolled in during the month, facility then activity
 *                       name order
 * @param enrolments     "Inscriptions en cours": the enrolments of the child that have not ended before the month
 */
public record ChildPlanning(ChildId childId, String childFirstName, String childLastName, YearMonth month,
                            List<LocalDate> days, List<PlanningRow> rows, List<ChildEnrolmentView> enrolments) {

    public ChildPlanning {
        days = List.copyOf(days);
        rows = List.copyOf(rows);
        enrolments = List.copyOf(enrolments);
    }

    public Optional<PlanningRow> row(UUID activityId) {
        return rows.stream().filter(row -> row.activityId().equals(activityId)).findFirst();
    }

    /** The cell of {@code day} of an activity of the grid. */
    public Optional<PlanningCell> cell(UUID activityId, LocalDate day) {
        return row(activityId).flatMap(row -> row.cells().stream().filter(cell -> cell.day().equals(day))
                .findFirst());
    }
}
