package org.portailfamille.accounts.application.port.in;

import org.portailfamille.shared.FamilyId;

import java.util.Optional;

/** The family file shown by "Mon compte" and the staff family page. */
public interface GetFamilyFileUseCase {
    Optional<FamilyFile> familyFile(FamilyId familyId);
}
