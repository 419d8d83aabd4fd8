package org.portailfamille.accounts.domain;

import java.util.Objects;

/** Le responsable: the adult who holds the family account. */
public record Guardian(Civility civility, PersonName name, GuardianRole role, MaritalStatus maritalStatus,
                       PostalAddress address, ContactDetails contact, Occupation occupation) {
    public Guardian {
        Objects.requireNonNull(civility, "civility");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(maritalStatus, "maritalStatus");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(occupation, "occupation");
    }
}
