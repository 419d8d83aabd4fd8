package org.portailfamille.accounts.application.port.in;

import org.jspecify.annotations.Nullable;
import org.portailfamille.shared.FamilyId;

import java.math.BigDecimal;

/**
 * "Informations famille": everything Mon compte shows. The IBAN is only ever given masked.
 */
public record FamilyFile(FamilyId familyId, String familyNumber, AdultView guardian, String guardianRole,
                         String maritalStatus, @Nullable AdultView partner, @Nullable Tax tax, @Nullable Caf caf,
                         @Nullable Bank bank) {

    /** Tax details and the family quotient they imply. */
    public record Tax(BigDecimal referenceIncome, BigDecimal taxShares, int year, BigDecimal familyQuotient) {
    }

    public record Caf(String fund, String allocataireNumber, @Nullable BigDecimal quotient) {
    }

    public record Bank(String holder, String maskedIban, String bic, String bankName, boolean directDebit) {
    }
}
