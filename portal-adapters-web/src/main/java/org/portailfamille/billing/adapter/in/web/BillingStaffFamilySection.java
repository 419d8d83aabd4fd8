package org.portailfamille.billing.adapter.in.web;

import org.jspecify.annotations.Nullable;
import org.portailfamille.access.StaffFamilySection;
import org.portailfamille.billing.application.port.in.AccountSituation;
import org.portailfamille.billing.application.port.in.GetSepaMandateUseCase;
import org.portailfamille.billing.application.port.in.MandateView;
import org.portailfamille.billing.application.port.in.ViewAccountSituationUseCase;
import org.portailfamille.shared.FamilyId;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Billing's part of the staff family file: the account's balance and unpaid invoices today, the active SEPA mandate
 * (if any) and a link to the family's full statement in "Facturation" ({@code templates/billing/staff-family.html}).
 */
@Component
class BillingStaffFamilySection implements StaffFamilySection {

    /** What the section shows. */
    record Data(FamilyId familyId, AccountSituation situation, @Nullable MandateView mandate) {
    }

    private final ViewAccountSituationUseCase accountSituations;
    private final GetSepaMandateUseCase mandates;
    private final Clock clock;

    BillingStaffFamilySection(ViewAccountSituationUseCase accountSituations, GetSepaMandateUseCase mandates,
                              Clock clock) {
        this.accountSituations = accountSituations;
        this.mandates = mandates;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public String fragment() {
        return "billing/staff-family :: account";
    }

    @Override
    public Data data(FamilyId family) {
        return new Data(family, accountSituations.accountSituation(family, LocalDate.now(clock)),
                mandates.activeMandate(family).orElse(null));
    }
}
