package org.portailfamille.messaging.application.port.in;

import org.portailfamille.shared.FamilyId;

/** A message from the facility staff to a family's inbox. */
public record SendMessageToFamilyCommand(FamilyId familyId, String senderName, String subject, String body) {
}
