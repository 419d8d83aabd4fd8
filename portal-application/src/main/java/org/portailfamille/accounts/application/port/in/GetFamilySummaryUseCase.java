package org.portailfamille.accounts.application.port.in;

import org.portailfamille.shared.FamilyId;

import java.util.Optional;

/** Who holds a family account. */
public interface GetFamilySummaryUseCase {
    Optional<FamilySummary> familySummary(FamilyId familyId);

    /** By N° Famille. */
    Optional<FamilySummary> familySummaryByNumber(String familyNumber);
}
