package org.portailfamille.billing.domain;

import org.portailfamille.billing.RegieId;

import java.util.Objects;

/**
 * A régie de recettes: its name and the prefix of its invoice and payment numbers ("AL" gives AL-36).
 * Numbering continues from {@code firstInvoiceNumber} / {@code firstPaymentNumber}, so a municipality moving
 * from other software keeps its sequence.
 */
public record Regie(RegieId id, String name, String prefix, long firstInvoiceNumber, long firstPaymentNumber) {
    public Regie {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(prefix, "prefix");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A régie has a name");
        }
        if (!prefix.matches("[A-Z]{1,6}")) {
            throw new IllegalArgumentException("A régie prefix is 1 to 6 capital letters");
        }
        if (firstInvoiceNumber < 1 || firstPaymentNumber < 1) {
            throw new IllegalArgumentException("Numbers start at 1 or more");
        }
    }
}
