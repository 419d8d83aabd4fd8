package org.portailfamille.billing.domain;

import org.jspecify.annotations.Nullable;
import org.portailfamille.billing.RegieId;
import org.portailfamille.shared.DateRange;
import org.portailfamille.shared.FamilyId;
import org.portailfamille.shared.Money;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * An issued invoice, or a credit note ("avoir") correcting one ({@code creditedInvoiceId}). Once issued it never
 * changes: corrections are credit notes. Both are numbered in the régie's invoice sequence.
 */
public record Invoice(UUID id, RegieId regieId, FamilyId familyId, OperationNumber number, LocalDate issueDate,
                      LocalDate dueDate, DateRange period, Money amount, @Nullable UUID creditedInvoiceId) {

    /** An invoice (not a credit note). */
    public Invoice(UUID id, RegieId regieId, FamilyId familyId, OperationNumber number, LocalDate issueDate,
                   LocalDate dueDate, DateRange period, Money amount) {
        this(id, regieId, familyId, number, issueDate, dueDate, period, amount, null);
    }

    public Invoice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(regieId, "regieId");
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(amount, "amount");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("An invoice amount is positive");
        }
        if (dueDate.isBefore(issueDate)) {
            throw new IllegalArgumentException("An invoice falls due on or after its date");
        }
    }

    public boolean isCreditNote() {
        return creditedInvoiceId != null;
    }
}
