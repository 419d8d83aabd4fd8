package org.portailfamille.accounts.adapter.in.web;

import org.portailfamille.access.FamilyHomeSection;
import org.portailfamille.access.PortalUser;
import org.portailfamille.accounts.application.port.in.FamilySummary;
import org.portailfamille.accounts.application.port.in.GetFamilySummaryUseCase;
import org.springframework.stereotype.Component;

/** The guide's "Responsable" block of Accueil: civility, family number, name and first name of the guardian. */
@Component
class GuardianHomeSection implements FamilyHomeSection {

    private final GetFamilySummaryUseCase familySummaries;

    GuardianHomeSection(GetFamilySummaryUseCase familySummaries) {
        this.familySummaries = familySummaries;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public String fragment() {
        return "accounts/home :: guardian";
    }

    @Override
    public FamilySummary data(PortalUser parent) {
        return familySummaries.familySummary(parent.familyId())
                .orElseThrow(() -> new IllegalStateException("The logged-in family no longer exists"));
    }
}
