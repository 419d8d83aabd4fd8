package org.portailfamille.billing.domain;

import org.portailfamille.billing.RegieId;
import org.portailfamille.shared.FamilyId;
import org.portailfamille.shared.Money;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * An invoice handed to the public treasury ("Titre émis (ORMC n°X)"): numbered per régie and year without gaps; the
 * treasury collects what was still due, and the portal no longer follows that debt. In the ledger it is the payment
 * {@code paymentId} (method {@link PaymentMethod#TREASURY_TITLE}) allocated to the invoice.
 */
public record TreasuryTitle(UUID id, RegieId regieId, int year, long number, UUID invoiceId, FamilyId familyId,
                            UUID paymentId, Money amount, LocalDate issuedOn, String issuedBy) {

    public TreasuryTitle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(regieId, "regieId");
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(issuedBy, "issuedBy");
        if (number < 1) {
            throw new IllegalArgumentException("A title number starts at 1");
        }
        if (year != issuedOn.getYear()) {
            throw new IllegalArgumentException("A title is numbered in the year it is issued");
        }
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("A title is for a positive amount");
        }
    }

    /** "2026-15": the year and the number in the régie's sequence of that year (shown "ORMC n°2026-15"). */
    public String reference() {
        return reference(year, number);
    }

    public static String reference(int year, long number) {
        return year + "-" + number;
    }
}
