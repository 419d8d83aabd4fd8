package org.portailfamille.accounts.application.port.in;

import org.portailfamille.shared.FamilyId;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** The family file shown by "Mon compte" and the staff family page. */
public interface GetFamilyFileUseCase {
    Optional<FamilyFile> familyFile(FamilyId familyId);

    /** The files of several families in one read (unknown families are left out). */
    Map<FamilyId, FamilyFile> familyFiles(Collection<FamilyId> familyIds);
}
