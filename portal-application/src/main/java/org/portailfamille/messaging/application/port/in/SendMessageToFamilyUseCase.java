package org.portailfamille.messaging.application.port.in;

import java.util.UUID;

/** Puts a message from the staff in a family's inbox; it is unread until the family opens it. */
public interface SendMessageToFamilyUseCase {
    UUID sendMessageToFamily(SendMessageToFamilyCommand command);
}
