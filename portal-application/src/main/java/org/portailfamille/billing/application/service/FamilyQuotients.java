package org.portailfamille.billing.application.service;

import org.jspecify.annotations.Nullable;
import org.portailfamille.accounts.application.port.in.FamilyFile;
import org.portailfamille.accounts.application.port.in.GetFamilyFileUseCase;
import org.portailfamille.shared.FamilyId;

import java.math.BigDecimal;

/** The family quotient billing uses: the CAF quotient if accepted, else the one implied by the tax details. */
final class FamilyQuotients {

    private FamilyQuotients() {
    }

    static @Nullable BigDecimal of(GetFamilyFileUseCase files, FamilyId familyId) {
        return of(files.familyFile(familyId).orElse(null));
    }

    static @Nullable BigDecimal of(@Nullable FamilyFile file) {
        if (file == null) {
            return null;
        }
        if (file.caf() != null && file.caf().quotient() != null) {
            return file.caf().quotient();
        }
        return file.tax() == null ? null : file.tax().familyQuotient();
    }
}
