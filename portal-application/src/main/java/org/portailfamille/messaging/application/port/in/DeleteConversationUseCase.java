package org.portailfamille.messaging.application.port.in;

import org.portailfamille.shared.FamilyId;

import java.util.UUID;

/**
 * A family moves a conversation to "messages supprimés" and back. False when the conversation is not the family's
 * (nothing changes). Deleting only hides it from the family: the staff still see it.
 */
public interface DeleteConversationUseCase {

    boolean deleteConversation(FamilyId familyId, UUID conversationId);

    boolean restoreConversation(FamilyId familyId, UUID conversationId);
}
