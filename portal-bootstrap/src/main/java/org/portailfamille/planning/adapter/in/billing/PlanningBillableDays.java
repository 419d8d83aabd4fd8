package org.portailfamille.planning.adapter.in.billing;

import org.portailfamille.billing.application.port.spi.BillableDay;
import org.portailfamille.billing.application.port.spi.BillableDaysSource;
import org.portailfamille.planning.application.port.in.BillableDayView;
import org.portailfamille.planning.application.port.in.ListBillableDaysUseCase;
import org.portailfamille.shared.FamilyId;
import org.springframework.stereotype.Component;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Planning plugs its billable days into billing's spi (planning → billing, the only direction between the two
 * modules; ADR 0018).
 */
@Component
class PlanningBillableDays implements BillableDaysSource {

    private final ListBillableDaysUseCase billableDays;

    PlanningBillableDays(ListBillableDaysUseCase billableDays) {
        this.billableDays = billableDays;
    }

    @Override
    public List<BillableDay> billableDays(UUID regieId, YearMonth month) {
        return billableDays.billableDays(regieId, month, List.of()).stream().map(PlanningBillableDays::toBilling)
                .toList();
    }

    @Override
    public List<BillableDay> billableDays(UUID regieId, YearMonth month, Collection<FamilyId> families) {
        if (families.isEmpty()) {
            return List.of();
        }
        return billableDays.billableDays(regieId, month, families).stream().map(PlanningBillableDays::toBilling).toList();
    }

    private static BillableDay toBilling(BillableDayView day) {
        return new BillableDay(day.child(), day.family(), day.activityId(), day.activityName(), day.day(),
                BillableDay.Kind.valueOf(day.kind()), day.lateBooking(), day.reasonCode());
    }
}
