package org.portailfamille.billing.domain;

import java.util.Objects;

/** The number of an invoice or a payment: the régie's prefix and a sequence without gaps, e.g. "AL-36". */
public record OperationNumber(String prefix, long sequence) {
    public OperationNumber {
        Objects.requireNonNull(prefix, "prefix");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence");
        }
    }

    public static OperationNumber parse(String text) {
        int dash = text.lastIndexOf('-');
        if (dash < 1) {
            throw new IllegalArgumentException("Not an operation number: " + text);
        }
        return new OperationNumber(text.substring(0, dash), Long.parseLong(text.substring(dash + 1)));
    }

    @Override
    public String toString() {
        return prefix + "-" + sequence;
    }
}
