package org.portailfamille.planning.adapter.in.web;

import java.util.List;
import java.util.UUID;

/** What the planning templates show, worded and with their links. */
final class PlanningViews {

    private PlanningViews() {
    }

    /**
     * One cell: its symbol and colour class, its full accessible name, the day page, the actions possible now
     * (slugs: reserver, annuler, absence, liste-attente, accepter) and the deadline sentence.
     */
    record Cell(String date, String dayName, String symbol, String statusClass, String status, String label,
                boolean actionable, String dayUrl, String actions, String absenceUrl, String deadline,
                boolean runs, boolean locked, String why) {
    }

    /** A row of the grid; {@code season} says in words when the activity is offered, empty when all year. */
    record Row(UUID activityId, String facilityName, String activityName, String guardianName, List<Cell> cells,
               String season) {
        public String heading() {
            return facilityName + " " + activityName;
        }

        /** The row's cells as HTML, written once in Java ({@link PlanningGridHtml}, ADR 0040). */
        public String cellsHtml() {
            return PlanningGridHtml.tableCells(cells);
        }
    }

    /** The phone list: a week of the month with its days that have something on them or can be booked. */
    record Week(String id, String title, List<DayLine> days) {
    }

    /** One line of the phone list: a day ("Me 04") and what each activity shows on it. */
    record DayLine(String shortName, List<Entry> entries) {
        /** The line's entries as HTML, written once in Java ({@link PlanningGridHtml}, ADR 0040). */
        public String entriesHtml() {
            return PlanningGridHtml.listEntries(entries);
        }
    }

    /** An activity's cell on a line of the phone list, with the activity's name and what is shown in sight. */
    record Entry(Cell cell, String activityName, String shown) {
    }

    record Column(String header, String fullName, boolean weekend) {
    }

    record LegendEntry(String symbol, String statusClass, String status) {
    }

    record Enrolment(String activity, String period, String regularDays) {
    }

    /** One action of the day page: a form posting to {@code url}, or a link when {@code link}. */
    record Action(String slug, String label, String url, boolean link) {
    }

    /** One line of the several-days summary (a flash attribute, kept in the serialised session). */
    record BatchLine(String day, boolean booked, String text) implements java.io.Serializable {
    }
}
