package org.portailfamille.accounts.application.port.in;

import org.jspecify.annotations.Nullable;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

/**
 * A parent submits a form about one of the family's children ({@code childId}), or "Ajouter un enfant"
 * ({@link AddChildForm}, whose {@code childId} is null).
 */
public record SubmitChildChangeCommand(FamilyId familyId, @Nullable ChildId childId, String submittedBy,
                                       ChildChange change) {
}
