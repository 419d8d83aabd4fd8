package org.portailfamille.billing.domain;

import org.portailfamille.shared.Money;

import java.math.BigDecimal;
import java.util.Objects;

/** A family-quotient bracket: from {@code quotientFrom} (included) up to the next bracket, one unit costs {@code price}. */
public record Bracket(BigDecimal quotientFrom, Money price) {
    public Bracket {
        Objects.requireNonNull(quotientFrom, "quotientFrom");
        Objects.requireNonNull(price, "price");
        if (quotientFrom.signum() < 0 || price.isNegative()) {
            throw new IllegalArgumentException("A bracket starts at 0 or more and its price is not negative");
        }
    }
}
