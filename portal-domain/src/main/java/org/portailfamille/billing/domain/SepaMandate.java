package org.portailfamille.billing.domain;

import org.jspecify.annotations.Nullable;
import org.portailfamille.shared.FamilyId;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A SEPA direct-debit mandate: its unique reference (RUM), the debtor's account and the signature date. The
 * first collection is FRST, the next ones RCUR. A family has at most one active mandate.
 */
public record SepaMandate(String rum, FamilyId familyId, String accountHolder, String iban, String bic,
                          LocalDate signedOn, SequenceType nextSequence, @Nullable LocalDate revokedOn) {

    public enum SequenceType { FRST, RCUR }

    public SepaMandate {
        Objects.requireNonNull(rum, "rum");
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(accountHolder, "accountHolder");
        Objects.requireNonNull(iban, "iban");
        Objects.requireNonNull(bic, "bic");
        Objects.requireNonNull(signedOn, "signedOn");
        Objects.requireNonNull(nextSequence, "nextSequence");
        if (!rum.matches("[A-Z0-9+?/:().,' -]{1,35}")) {
            throw new IllegalArgumentException("A RUM is 1 to 35 characters of the SEPA set");
        }
    }

    /** A new mandate: its first collection will be FRST. */
    public static SepaMandate sign(String rum, FamilyId familyId, String accountHolder, String iban, String bic,
                                   LocalDate signedOn) {
        return new SepaMandate(rum, familyId, accountHolder, iban, bic, signedOn, SequenceType.FRST, null);
    }

    public boolean isActive() {
        return revokedOn == null;
    }

    /** The RUM of a family's n-th mandate: "PF" + N° Famille + "-" + n. */
    public static String referenceFor(String familyNumber, int n) {
        return "PF" + familyNumber + "-" + n;
    }
}
