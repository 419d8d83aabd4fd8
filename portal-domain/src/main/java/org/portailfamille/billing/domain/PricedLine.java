package org.portailfamille.billing.domain;

import org.jspecify.annotations.Nullable;
import org.portailfamille.shared.Money;

import java.math.BigDecimal;
import java.util.Objects;

/** A line to invoice: its key, what it is, quantity × unit price = amount, and why that price. */
public record PricedLine(LineKey key, String activityName, Usage usage, TariffUnit unit, BigDecimal quantity,
                         Money unitPrice, Money amount, PriceBasis basis, @Nullable BigDecimal quotientFrom,
                         @Nullable BigDecimal quotientTo, @Nullable BigDecimal percent, @Nullable String reasonCode) {
    public PricedLine {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("An invoice line is never negative");
        }
    }
}
