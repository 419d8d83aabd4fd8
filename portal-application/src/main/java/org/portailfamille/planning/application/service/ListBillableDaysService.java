package org.portailfamille.planning.application.service;

import org.portailfamille.planning.application.port.in.BillableDayView;
import org.portailfamille.planning.application.port.in.ListBillableDaysUseCase;
import org.portailfamille.planning.application.port.out.BillableDayFacts;
import org.portailfamille.shared.FamilyId;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Turns planning's records into billable days. The register decides when it has a line (present on booking, present
 * without booking, absent billed or excused); otherwise a confirmed reservation is billed unless an absence was ruled
 * excused (billed: absent billed; pending: flagged for billing to wait). Closed days are never billed.
 */
public class ListBillableDaysService implements ListBillableDaysUseCase {

    private final BillableDayFacts facts;

    public ListBillableDaysService(BillableDayFacts facts) {
        this.facts = facts;
    }

    @Override
    public List<BillableDayView> billableDays(UUID regieId, YearMonth month, Collection<FamilyId> families) {
        List<BillableDayView> days = new ArrayList<>();
        for (BillableDayFacts.Fact fact : facts.factsOf(regieId, month, families)) {
            String kind = kindOf(fact);
            if (kind == null) {
                continue;
            }
            boolean absent = kind.equals("ABSENT_BILLED") || kind.equals("ABSENCE_PENDING");
            String reason = absent ? (fact.absenceReason() == null ? "UNDECLARED" : fact.absenceReason()) : null;
            days.add(new BillableDayView(fact.child(), fact.family(), fact.activityId(), fact.activityName(),
                    fact.day(), kind, fact.reservationLate() && !kind.equals("PRESENT_WITHOUT_BOOKING"), reason));
        }
        return days;
    }

    static String kindOf(BillableDayFacts.Fact fact) {
        if (fact.closed() || "EXCUSED".equals(fact.absenceStatus())) {
            return null;
        }
        String booked = "REGULAR".equals(fact.reservationOrigin()) ? "REGULAR" : "BOOKED";
        if (fact.attendanceOutcome() != null) {
            return switch (fact.attendanceOutcome()) {
                case "PRESENT_ON_BOOKING" -> booked;
                case "PRESENT_WITHOUT_BOOKING" -> "PRESENT_WITHOUT_BOOKING";
                case "ABSENT_EXCUSED" -> null;
                default -> "PENDING".equals(fact.absenceStatus()) ? "ABSENCE_PENDING" : "ABSENT_BILLED";
            };
        }
        if (fact.reservationOrigin() == null) {
            return null;
        }
        if ("BILLED".equals(fact.absenceStatus())) {
            return "ABSENT_BILLED";
        }
        if ("PENDING".equals(fact.absenceStatus())) {
            return "ABSENCE_PENDING";
        }
        return booked;
    }
}
