package org.portailfamille.billing.adapter.in.web;

import org.jspecify.annotations.Nullable;
import org.portailfamille.access.FamilyAccountSection;
import org.portailfamille.access.PortalUser;
import org.portailfamille.billing.application.port.in.GetSepaMandateUseCase;
import org.portailfamille.billing.application.port.in.MandateView;
import org.springframework.stereotype.Component;

/**
 * Billing's block of "Mon compte": the family's SEPA mandate (RUM, signature date, account holder, IBAN masked but
 * its last 4 characters) with the link to ask the municipality to stop the direct debit, or, without a mandate, how
 * to ask for one. Rendered by {@code templates/billing/mandate.html :: mandateCard}.
 */
@Component
class MandateAccountSection implements FamilyAccountSection {

    /** What the card shows: the active mandate, or null when the family pays otherwise. */
    record MandateCard(@Nullable MandateView mandate) {
    }

    private final GetSepaMandateUseCase mandates;

    MandateAccountSection(GetSepaMandateUseCase mandates) {
        this.mandates = mandates;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public String fragment() {
        return "billing/mandate :: mandateCard";
    }

    @Override
    public Object data(PortalUser parent) {
        return new MandateCard(mandates.activeMandate(parent.familyId()).orElse(null));
    }
}
