package org.portailfamille.billing.domain;

import org.portailfamille.shared.Money;

import java.util.Objects;

/** The billing effect of an absence or presence reason: not billed, billed at the price, or a fixed amount. */
public record ReasonEffect(Effect effect, Money amount) {

    public enum Effect { NOT_BILLED, BILLED, FIXED_AMOUNT }

    /** Codes of reasons a tariff may give an effect to. */
    public static final java.util.Set<String> REASONS = java.util.Set.of("ILLNESS", "HOSPITALISATION", "PERSONAL",
            "FAMILY_EVENT", "OTHER", "UNDECLARED", "PRESENT_WITHOUT_BOOKING");

    public ReasonEffect {
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(amount, "amount");
        if (effect == Effect.FIXED_AMOUNT ? amount.isNegative() : !amount.isZero()) {
            throw new IllegalArgumentException("Only a fixed-amount effect carries an amount, never negative");
        }
    }

    public static final ReasonEffect BILLED = new ReasonEffect(Effect.BILLED, Money.ZERO);
}
