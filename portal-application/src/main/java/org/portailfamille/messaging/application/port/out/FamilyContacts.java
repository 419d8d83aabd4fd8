package org.portailfamille.messaging.application.port.out;

import org.portailfamille.shared.FamilyId;

import java.util.Optional;

/** How to reach a family by e-mail, if the guardian allowed it. */
public interface FamilyContacts {

    /** The guardian's e-mail address when there is one and "Autorisation courriel" is Oui. */
    Optional<String> emailIfAllowed(FamilyId familyId);
}
