package org.portailfamille.accounts.domain;

import java.util.Objects;

/** Le conjoint: the second adult of the family, with their own contact details. */
public record Partner(Civility civility, PersonName name, PostalAddress address, ContactDetails contact,
                      Occupation occupation) {
    public Partner {
        Objects.requireNonNull(civility, "civility");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(occupation, "occupation");
    }
}
