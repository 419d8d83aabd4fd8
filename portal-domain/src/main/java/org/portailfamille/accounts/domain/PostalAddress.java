package org.portailfamille.accounts.domain;

import java.util.Objects;

/** A French postal address: street line, five-digit postcode, city. */
public record PostalAddress(String line, String postcode, String city) {
    public PostalAddress {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(postcode, "postcode");
        Objects.requireNonNull(city, "city");
        if (!postcode.matches("\\d{5}")) {
            throw new IllegalArgumentException("A French postcode has five digits");
        }
    }
}
