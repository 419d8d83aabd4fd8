package org.portailfamille.billing.domain;

import org.jspecify.annotations.Nullable;
import org.portailfamille.shared.Money;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A line to invoice: its key, what it is, quantity × unit price = amount, and why that price; {@code careKind}: what
 * the tariff prices (childcare, meal, other), kept with the line for the tax certificate.
 */
public record PricedLine(LineKey key, String activityName, Usage usage, TariffUnit unit, BigDecimal quantity,
                         Money unitPrice, Money amount, PriceBasis basis, @Nullable BigDecimal quotientFrom,
                         @Nullable BigDecimal quotientTo, @Nullable BigDecimal percent, @Nullable String reasonCode,
                         CareKind careKind) {

    /** A line whose kind follows its unit ({@link CareKind#defaultFor}). */
    public PricedLine(LineKey key, String activityName, Usage usage, TariffUnit unit, BigDecimal quantity,
                      Money unitPrice, Money amount, PriceBasis basis, @Nullable BigDecimal quotientFrom,
                      @Nullable BigDecimal quotientTo, @Nullable BigDecimal percent, @Nullable String reasonCode) {
        this(key, activityName, usage, unit, quantity, unitPrice, amount, basis, quotientFrom, quotientTo, percent,
                reasonCode, CareKind.defaultFor(unit));
    }

    public PricedLine {
        Objects.requireNonNull(careKind, "careKind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("An invoice line is never negative");
        }
    }
}
