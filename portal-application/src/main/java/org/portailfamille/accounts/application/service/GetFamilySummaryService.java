package org.portailfamille.accounts.application.service;

import org.portailfamille.accounts.application.port.in.FamilySummary;
import org.portailfamille.accounts.application.port.in.GetFamilySummaryUseCase;
import org.portailfamille.accounts.application.port.out.Families;
import org.portailfamille.shared.FamilyId;

import java.util.Optional;

public class GetFamilySummaryService implements GetFamilySummaryUseCase {

    private final Families families;

    public GetFamilySummaryService(Families families) {
        this.families = families;
    }

    @Override
    public Optional<FamilySummary> familySummary(FamilyId familyId) {
        return families.byId(familyId).map(family -> new FamilySummary(family.id(), family.number().value(),
                family.guardian().civility().name(), family.guardian().name().lastName(),
                family.guardian().name().firstName()));
    }
}
