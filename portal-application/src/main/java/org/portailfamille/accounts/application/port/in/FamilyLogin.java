package org.portailfamille.accounts.application.port.in;

import java.util.UUID;

/** A login of a family, as staff see it (never the password). */
public record FamilyLogin(UUID loginId, String username, boolean passwordTemporary) {
}
