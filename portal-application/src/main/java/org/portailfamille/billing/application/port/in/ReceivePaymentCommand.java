package org.portailfamille.billing.application.port.in;

import org.jspecify.annotations.Nullable;
import org.portailfamille.shared.FamilyId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A payment staff record for a family at a régie.
 *
 * @param familyId       the family
 * @param regieId        the régie receiving it
 * @param date           the date received
 * @param method         "CHEQUE", "CASH", "CARD", "DIRECT_DEBIT" or "TREASURY_TITLE" ("Titre émis (ORMC n°X)")
 * @param amount         a positive amount, two decimals at most
 * @param reference      the cheque number (optional) or the ORMC number (required for TREASURY_TITLE)
 * @param invoiceNumbers the invoices staff chose, in order; empty: the family's unpaid invoices of the régie, oldest
 *                       first. What is left over stays as a credit on the account.
 */
public record ReceivePaymentCommand(FamilyId familyId, UUID regieId, LocalDate date, String method, BigDecimal amount,
                                    @Nullable String reference, List<String> invoiceNumbers) {
    public ReceivePaymentCommand {
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(regieId, "regieId");
        invoiceNumbers = List.copyOf(invoiceNumbers);
    }
}
