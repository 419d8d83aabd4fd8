package org.portailfamille.accounts.application.service;

import org.portailfamille.accounts.application.port.in.FamilySummary;
import org.portailfamille.accounts.application.port.in.GetFamilySummaryUseCase;
import org.portailfamille.accounts.application.port.out.Families;
import org.portailfamille.accounts.domain.Family;
import org.portailfamille.accounts.domain.FamilyNumber;
import org.portailfamille.shared.FamilyId;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;

public class GetFamilySummaryService implements GetFamilySummaryUseCase {

    private final Families families;

    public GetFamilySummaryService(Families families) {
        this.families = families;
    }

    @Override
    public Optional<FamilySummary> familySummary(FamilyId familyId) {
        return families.byId(familyId).map(GetFamilySummaryService::summaryOf);
    }

    @Override
    public Optional<FamilySummary> familySummaryByNumber(String familyNumber) {
        if (familyNumber == null || !familyNumber.strip().matches("\\d{4,20}")) {
            return Optional.empty();
        }
        return families.byNumber(new FamilyNumber(familyNumber.strip())).map(GetFamilySummaryService::summaryOf);
    }

    @Override
    public Map<FamilyId, FamilySummary> familySummaries(Collection<FamilyId> familyIds) {
        if (familyIds.isEmpty()) {
            return Map.of();
        }
        Map<FamilyId, FamilySummary> found = new LinkedHashMap<>();
        families.byIds(new LinkedHashSet<>(familyIds))
                .forEach(family -> found.put(family.id(), summaryOf(family)));
        return found;
    }

    private static FamilySummary summaryOf(Family family) {
        return new FamilySummary(family.id(), family.number().value(), family.guardian().civility().name(),
                family.guardian().name().lastName(), family.guardian().name().firstName());
    }
}
