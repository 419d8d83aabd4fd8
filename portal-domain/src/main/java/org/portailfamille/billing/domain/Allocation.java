package org.portailfamille.billing.domain;

import org.portailfamille.shared.Money;

import java.util.Objects;
import java.util.UUID;

/** Part of a credit (a payment or a credit note) set against an invoice; negative when released by a cancellation. */
public record Allocation(UUID creditId, UUID invoiceId, Money amount) {
    public Allocation {
        Objects.requireNonNull(creditId, "creditId");
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(amount, "amount");
        if (amount.isZero()) {
            throw new IllegalArgumentException("An allocation is not zero");
        }
    }
}
