package org.portailfamille.billing.application.port.in;

import org.portailfamille.shared.FamilyId;

import java.time.LocalDate;

/** A family's bank details as now accepted, and whether they ask for direct debit. */
public record BankDetailsNotice(FamilyId familyId, String familyNumber, String accountHolder, String iban, String bic,
                                boolean directDebit, LocalDate date) {
    @Override
    public String toString() {
        return "BankDetailsNotice[familyId=" + familyId + ", directDebit=" + directDebit + "]";
    }
}
