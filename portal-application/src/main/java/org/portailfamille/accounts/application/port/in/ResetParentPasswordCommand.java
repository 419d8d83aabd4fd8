package org.portailfamille.accounts.application.port.in;

import org.portailfamille.shared.FamilyId;

import java.util.UUID;

/** Staff give a parent a new temporary password (the login must belong to the family). */
public record ResetParentPasswordCommand(FamilyId familyId, UUID loginId, boolean sendByEmail) {
}
