package org.portailfamille.billing;

import org.portailfamille.shared.FamilyId;
import org.portailfamille.shared.Money;
import org.springframework.modulith.NamedInterface;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A family's invoices were put in a SEPA direct-debit file: the pre-notification (amount and debit date) is due to it
 * before the debit. One event per family and file.
 *
 * @param fileId         the direct-debit file
 * @param family         the family debited
 * @param regieName      the régie collecting
 * @param rum            the mandate's reference (RUM)
 * @param creditorId     the creditor identifier (ICS)
 * @param collectionDate the day the account is debited
 * @param amount         the total debited
 * @param invoiceNumbers the invoices collected
 */
@NamedInterface("events")
public record DirectDebitAnnounced(UUID fileId, FamilyId family, String regieName, String rum, String creditorId,
                                   LocalDate collectionDate, Money amount, List<String> invoiceNumbers) {
    public DirectDebitAnnounced {
        Objects.requireNonNull(fileId, "fileId");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(regieName, "regieName");
        Objects.requireNonNull(rum, "rum");
        Objects.requireNonNull(creditorId, "creditorId");
        Objects.requireNonNull(collectionDate, "collectionDate");
        Objects.requireNonNull(amount, "amount");
        invoiceNumbers = List.copyOf(invoiceNumbers);
    }
}
