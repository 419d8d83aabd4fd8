package org.portailfamille.accounts.application.port.in;

import org.jspecify.annotations.Nullable;
import org.portailfamille.shared.FamilyId;

/**
 * Gives credentials to a family (familyId set) or a member of staff (familyId null, displayName used).
 * A temporary password must be changed at first login.
 */
public record CreateLoginCommand(String username, String password, boolean temporary, @Nullable FamilyId familyId,
                                 String displayName) {
    @Override
    public String toString() {
        return "CreateLoginCommand[username=" + username + ", familyId=" + familyId + "]";
    }
}
