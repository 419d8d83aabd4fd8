package org.portailfamille.billing.domain;

import org.jspecify.annotations.Nullable;
import org.portailfamille.billing.RegieId;
import org.portailfamille.shared.FamilyId;
import org.portailfamille.shared.Money;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A payment received by a régie from a family (or a treasury title: the debt handed to the public treasury).
 * {@code invoiceId} is the invoice it was recorded for, if any; how it is set against invoices is its allocations.
 * {@code reference}: the cheque or ORMC number.
 */
public record Payment(UUID id, RegieId regieId, FamilyId familyId, OperationNumber number, LocalDate date,
                      PaymentMethod method, Money amount, @Nullable UUID invoiceId, @Nullable String reference) {

    public Payment(UUID id, RegieId regieId, FamilyId familyId, OperationNumber number, LocalDate date,
                   PaymentMethod method, Money amount, UUID invoiceId) {
        this(id, regieId, familyId, number, date, method, amount, invoiceId, null);
    }

    public Payment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(regieId, "regieId");
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(amount, "amount");
        if (method == PaymentMethod.TREASURY_TITLE && (reference == null || reference.isBlank())) {
            throw new IllegalArgumentException("A treasury title carries its ORMC number");
        }
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("A payment amount is positive");
        }
    }
}
