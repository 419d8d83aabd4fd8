package org.portailfamille.accounts.application.port.in;

import org.jspecify.annotations.Nullable;
import org.portailfamille.shared.FamilyId;

import java.io.Serializable;
import java.util.UUID;

/** Who logged in. Kept in the session, hence serializable. */
public record AuthenticatedUser(UUID loginId, String username, UserRole role, @Nullable FamilyId familyId,
                                String displayName, boolean passwordChangeRequired) implements Serializable {

    public AuthenticatedUser withPasswordChanged() {
        return new AuthenticatedUser(loginId, username, role, familyId, displayName, false);
    }
}
