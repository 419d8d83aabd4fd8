package org.portailfamille.accounts.application.port.in;

import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.util.Optional;

/** A child's file, only for the child's own family: another family's child is as unknown as a missing one. */
public interface GetChildFileUseCase {
    Optional<ChildFile> childFile(FamilyId familyId, ChildId childId);
}
