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
                boolean runs) {
    }

    record Row(UUID activityId, String facilityName, String activityName, String guardianName, List<Cell> cells) {
        public String heading() {
            return facilityName + " " + activityName;
        }
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
