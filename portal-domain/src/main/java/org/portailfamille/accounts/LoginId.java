package org.portailfamille.accounts;

import java.util.Objects;
import java.util.UUID;

/** Identity of a login (a parent's or a staff member's credentials). */
public record LoginId(UUID value) {
    public LoginId {
        Objects.requireNonNull(value, "value");
    }

    public static LoginId newId() {
        return new LoginId(UUID.randomUUID());
    }
}
