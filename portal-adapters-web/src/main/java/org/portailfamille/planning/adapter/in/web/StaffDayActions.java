package org.portailfamille.planning.adapter.in.web;

import org.portailfamille.planning.application.port.in.CellStatus;
import org.portailfamille.planning.application.port.in.CellUnavailability;
import org.portailfamille.planning.application.port.in.PlanningCell;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What staff may do on a day of a child's planning for the family (ADR 0032): what the family may do, and also
 * what only the deadline forbids (staff may override it). The use cases decide; this only chooses what to offer.
 */
final class StaffDayActions {

    static final String BOOK = "reserver";
    static final String CANCEL = "annuler";
    static final String ABSENCE = "absence";

    private static final Set<CellStatus> BOOKABLE = EnumSet.of(CellStatus.EMPTY, CellStatus.WAITING,
            CellStatus.BOOKING_REFUSED, CellStatus.SHORT_HOLIDAY, CellStatus.SUMMER_HOLIDAY);
    private static final Set<CellStatus> BOOKED = EnumSet.of(CellStatus.BOOKED, CellStatus.REGULAR,
            CellStatus.BOOKING_PENDING);
    private static final Set<CellUnavailability> FINAL = EnumSet.of(CellUnavailability.CLOSED,
            CellUnavailability.NOT_ENROLLED, CellUnavailability.NOT_RUNNING, CellUnavailability.RECORDED);

    private StaffDayActions() {
    }

    /** The actions offered to staff on the day's page (slugs), in menu order. */
    static List<String> of(PlanningCell cell) {
        List<String> actions = new ArrayList<>();
        if (cell.unavailable() != null && FINAL.contains(cell.unavailable())) {
            return actions;
        }
        if (BOOKABLE.contains(cell.status())) {
            actions.add(BOOK);
        }
        if (BOOKED.contains(cell.status())) {
            actions.add(CANCEL);
            actions.add(ABSENCE);
        }
        return actions;
    }

    /** Whether the day's cell leads staff to the day's page. */
    static boolean staffMayOpen(PlanningCell cell) {
        return cell.actionable() || !of(cell).isEmpty();
    }
}
