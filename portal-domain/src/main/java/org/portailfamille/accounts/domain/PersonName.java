package org.portailfamille.accounts.domain;

import java.util.Objects;

/** Last and first name of an adult, both required. */
public record PersonName(String lastName, String firstName) {
    public PersonName {
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(firstName, "firstName");
        lastName = lastName.strip();
        firstName = firstName.strip();
        if (lastName.isEmpty() || firstName.isEmpty()) {
            throw new IllegalArgumentException("Last and first names are required");
        }
    }
}
