package org.portailfamille.billing.adapter.in.web;

import org.portailfamille.access.FamilyHomeSection;
import org.portailfamille.access.PortalUser;
import org.portailfamille.billing.application.port.in.AccountSituation;
import org.portailfamille.billing.application.port.in.ViewAccountSituationUseCase;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Billing's blocks of Accueil, as in the guide: "Opérations en cours" (the balance at today's date) and
 * "Factures impayées" (each unpaid invoice and their total), rendered by {@code templates/billing/home.html}.
 */
@Component
class BillingHomeSection implements FamilyHomeSection {

    private final ViewAccountSituationUseCase accountSituations;
    private final Clock clock;

    BillingHomeSection(ViewAccountSituationUseCase accountSituations, Clock clock) {
        this.accountSituations = accountSituations;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public String fragment() {
        return "billing/home :: accountSituation";
    }

    @Override
    public AccountSituation data(PortalUser parent) {
        return accountSituations.accountSituation(parent.familyId(), LocalDate.now(clock));
    }
}
