package org.portailfamille.billing.domain;

import org.portailfamille.shared.Money;

import java.util.Objects;
import java.util.UUID;

/**
 * A line already on an issued invoice and not credited since.
 *
 * @param round how many times the key was billed, this one included (a key credited may be billed again)
 */
public record BilledLine(UUID lineId, UUID invoiceId, LineKey key, Money amount, int round) {
    public BilledLine {
        Objects.requireNonNull(lineId, "lineId");
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(amount, "amount");
    }
}
