package org.portailfamille.accounts.domain;

import java.util.Objects;

/**
 * A person the family authorises around a child: who may pick the child up, whom to call in an emergency.
 * A person is there for at least one of the two.
 */
public record AuthorisedPerson(String name, String relationship, String phone, boolean mayPickUp,
                               boolean emergencyContact) {
    public AuthorisedPerson {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(relationship, "relationship");
        Objects.requireNonNull(phone, "phone");
        name = name.strip();
        relationship = relationship.strip();
        phone = phone.strip();
        if (name.isEmpty() || name.length() > 100) {
            throw new IllegalArgumentException("An authorised person's name is 1 to 100 characters");
        }
        if (relationship.length() > 50) {
            throw new IllegalArgumentException("A relationship is at most 50 characters");
        }
        if (phone.isEmpty() || phone.length() > 20) {
            throw new IllegalArgumentException("An authorised person's phone is 1 to 20 characters");
        }
        if (!mayPickUp && !emergencyContact) {
            throw new IllegalArgumentException("An authorised person may pick the child up or is an emergency contact");
        }
    }
}
