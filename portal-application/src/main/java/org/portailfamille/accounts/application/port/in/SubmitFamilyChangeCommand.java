package org.portailfamille.accounts.application.port.in;

import org.portailfamille.shared.FamilyId;

/** A parent submits one of the forms of Mon compte for their family. */
public record SubmitFamilyChangeCommand(FamilyId familyId, String submittedBy, FamilyChange change) {
}
