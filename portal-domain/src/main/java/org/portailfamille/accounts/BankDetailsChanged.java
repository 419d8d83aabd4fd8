package org.portailfamille.accounts;

import org.portailfamille.shared.FamilyId;
import org.springframework.modulith.NamedInterface;

import java.time.Instant;

/**
 * A family's bank details changed (a request was accepted). {@code directDebit} tells whether the family asks
 * to pay by SEPA direct debit; billing then sets up the mandate.
 */
@NamedInterface("events")
public record BankDetailsChanged(FamilyId familyId, String familyNumber, String accountHolder, String iban, String bic,
                                 boolean directDebit, Instant changedAt) {
    @Override
    public String toString() {
        return "BankDetailsChanged[familyId=" + familyId + ", directDebit=" + directDebit + "]";
    }
}
