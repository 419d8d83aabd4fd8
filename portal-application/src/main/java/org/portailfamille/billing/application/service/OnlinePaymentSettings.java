package org.portailfamille.billing.application.service;

import org.portailfamille.shared.Money;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * Settings of online payment.
 *
 * @param minimum          the smallest amount paid online (PayFiP's floor is 1 €)
 * @param regiePrefixes    the régies (by prefix, e.g. "AL") that accept online payment; "*" for all
 * @param reconcileAfter   an open operation without notification this long is checked with the provider
 * @param expireAfter      an open operation still unfinished this long expires (its invoice can be paid again)
 */
public record OnlinePaymentSettings(Money minimum, Set<String> regiePrefixes, Duration reconcileAfter,
                                    Duration expireAfter) {
    public OnlinePaymentSettings {
        Objects.requireNonNull(minimum, "minimum");
        regiePrefixes = Set.copyOf(regiePrefixes);
        Objects.requireNonNull(reconcileAfter, "reconcileAfter");
        Objects.requireNonNull(expireAfter, "expireAfter");
        if (minimum.isNegative() || reconcileAfter.isNegative() || expireAfter.compareTo(reconcileAfter) < 0) {
            throw new IllegalArgumentException("minimum >= 0 and expireAfter >= reconcileAfter >= 0");
        }
    }

    public boolean accepts(String regiePrefix) {
        return regiePrefixes.contains("*") || regiePrefixes.contains(regiePrefix);
    }
}
