package org.portailfamille.accounts.application.port.in;

import org.portailfamille.shared.FamilyId;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Who holds a family account. */
public interface GetFamilySummaryUseCase {
    Optional<FamilySummary> familySummary(FamilyId familyId);

    /** By N° Famille. */
    Optional<FamilySummary> familySummaryByNumber(String familyNumber);

    /**
     * The summaries of these families, in one read whatever their number (lists such as the staff request queue);
     * ids of no family are left out.
     */
    default Map<FamilyId, FamilySummary> familySummaries(Collection<FamilyId> familyIds) {
        Map<FamilyId, FamilySummary> found = new LinkedHashMap<>();
        familyIds.forEach(id -> familySummary(id).ifPresent(summary -> found.put(id, summary)));
        return found;
    }
}
