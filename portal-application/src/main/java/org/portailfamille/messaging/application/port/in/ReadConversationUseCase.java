package org.portailfamille.messaging.application.port.in;

import org.portailfamille.shared.FamilyId;

import java.util.Optional;
import java.util.UUID;

/**
 * A family opens one of its conversations: every message to the family in it is marked read (so the banner's
 * count drops). Empty when the conversation is not the family's (never another family's).
 */
public interface ReadConversationUseCase {
    Optional<ConversationView> openConversation(FamilyId familyId, UUID conversationId);
}
