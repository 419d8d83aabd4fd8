package org.portailfamille.accounts.application.port.in;

import org.jspecify.annotations.Nullable;
import org.portailfamille.shared.FamilyId;

import java.util.UUID;

/** Who logged in: a parent (with their family) or a member of staff. */
public record AuthenticatedUser(UUID loginId, String username, UserRole role, @Nullable FamilyId familyId,
                                String displayName, boolean passwordChangeRequired) {
}
