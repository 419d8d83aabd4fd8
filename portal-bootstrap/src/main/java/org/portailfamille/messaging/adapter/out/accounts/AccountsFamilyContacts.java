package org.portailfamille.messaging.adapter.out.accounts;

import org.portailfamille.accounts.application.port.in.GetFamilyFileUseCase;
import org.portailfamille.messaging.application.port.out.FamilyContacts;
import org.portailfamille.shared.FamilyId;

import java.util.Optional;

/** The guardian's e-mail and consent, from the accounts module's API. */
public class AccountsFamilyContacts implements FamilyContacts {

    private final GetFamilyFileUseCase familyFiles;

    public AccountsFamilyContacts(GetFamilyFileUseCase familyFiles) {
        this.familyFiles = familyFiles;
    }

    @Override
    public Optional<String> emailIfAllowed(FamilyId familyId) {
        return familyFiles.familyFile(familyId)
                .map(file -> file.guardian())
                .filter(guardian -> guardian.emailConsent() && !guardian.email().isBlank())
                .map(guardian -> guardian.email());
    }
}
