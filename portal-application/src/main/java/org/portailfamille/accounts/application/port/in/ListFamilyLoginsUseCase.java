package org.portailfamille.accounts.application.port.in;

import org.portailfamille.shared.FamilyId;

import java.util.List;

/** The logins of a family. */
public interface ListFamilyLoginsUseCase {
    List<FamilyLogin> familyLogins(FamilyId familyId);
}
