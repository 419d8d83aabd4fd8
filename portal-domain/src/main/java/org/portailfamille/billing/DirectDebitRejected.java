package org.portailfamille.billing;

import org.portailfamille.shared.FamilyId;
import org.portailfamille.shared.Money;
import org.springframework.modulith.NamedInterface;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * The bank returned a direct debit (entered by staff): the invoice is due again and the family must pay it otherwise.
 *
 * @param collectionId  the rejected collection
 * @param family        the family
 * @param regieName     the régie
 * @param invoiceNumber the invoice due again
 * @param amount        the amount not collected
 * @param reasonCode    the bank's reason (AM04, MD01, …)
 * @param rejectedOn    when it was entered
 */
@NamedInterface("events")
public record DirectDebitRejected(UUID collectionId, FamilyId family, String regieName, String invoiceNumber,
                                  Money amount, String reasonCode, LocalDate rejectedOn) {
    public DirectDebitRejected {
        Objects.requireNonNull(collectionId, "collectionId");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(regieName, "regieName");
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reasonCode, "reasonCode");
        Objects.requireNonNull(rejectedOn, "rejectedOn");
    }
}
