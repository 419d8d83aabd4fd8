package org.portailfamille.billing.domain;

import org.portailfamille.billing.RegieId;
import org.portailfamille.shared.FamilyId;
import org.portailfamille.shared.Money;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A payment received by a régie for one invoice of a family. */
public record Payment(UUID id, RegieId regieId, FamilyId familyId, OperationNumber number, LocalDate date,
                      PaymentMethod method, Money amount, UUID invoiceId) {
    public Payment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(regieId, "regieId");
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(invoiceId, "invoiceId");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("A payment amount is positive");
        }
    }
}
