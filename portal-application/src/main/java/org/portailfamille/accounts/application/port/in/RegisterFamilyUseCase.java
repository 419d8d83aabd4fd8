package org.portailfamille.accounts.application.port.in;

import org.portailfamille.shared.FamilyId;

/** The municipality opens a family account. */
public interface RegisterFamilyUseCase {
    FamilyId registerFamily(RegisterFamilyCommand command);
}
