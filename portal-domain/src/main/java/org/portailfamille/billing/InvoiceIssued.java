package org.portailfamille.billing;

import org.portailfamille.shared.FamilyId;
import org.portailfamille.shared.Money;
import org.springframework.modulith.NamedInterface;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * An invoice was issued to a family (published in the issuing transaction; messaging may tell the family).
 *
 * @param invoiceId   the invoice
 * @param number      its number, e.g. "AL-36"
 * @param family      the family billed
 * @param regieId     the régie
 * @param regieName   its name
 * @param issueDate   the invoice date
 * @param dueDate     when it falls due
 * @param periodStart first day billed
 * @param periodEnd   last day billed
 * @param amount      the amount
 * @param issuedAt    when it was issued
 */
@NamedInterface("events")
public record InvoiceIssued(UUID invoiceId, String number, FamilyId family, UUID regieId, String regieName,
                            LocalDate issueDate, LocalDate dueDate, LocalDate periodStart, LocalDate periodEnd,
                            Money amount, Instant issuedAt) {
    public InvoiceIssued {
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(regieId, "regieId");
        Objects.requireNonNull(regieName, "regieName");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(periodEnd, "periodEnd");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(issuedAt, "issuedAt");
    }
}
