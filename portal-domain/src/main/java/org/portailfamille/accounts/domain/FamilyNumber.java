package org.portailfamille.accounts.domain;

import java.util.Objects;

/** N° Famille: the public identifier of a family account, digits only (e.g. 1001001818331). */
public record FamilyNumber(String value) {
    public FamilyNumber {
        Objects.requireNonNull(value, "value");
        if (!value.matches("\\d{4,20}")) {
            throw new IllegalArgumentException("A family number is 4 to 20 digits");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
