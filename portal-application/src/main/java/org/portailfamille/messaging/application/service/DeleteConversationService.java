package org.portailfamille.messaging.application.service;

import org.portailfamille.messaging.application.port.in.DeleteConversationUseCase;
import org.portailfamille.messaging.application.port.out.Conversations;
import org.portailfamille.messaging.domain.Conversation;
import org.portailfamille.shared.FamilyId;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

public class DeleteConversationService implements DeleteConversationUseCase {

    private final Conversations conversations;
    private final Clock clock;

    public DeleteConversationService(Conversations conversations, Clock clock) {
        this.conversations = conversations;
        this.clock = clock;
    }

    @Override
    public boolean deleteConversation(FamilyId familyId, UUID conversationId) {
        Optional<Conversation> found = owned(familyId, conversationId);
        found.ifPresent(conversation -> {
            conversation.deleteByFamily(clock.instant());
            conversations.save(conversation);
        });
        return found.isPresent();
    }

    @Override
    public boolean restoreConversation(FamilyId familyId, UUID conversationId) {
        Optional<Conversation> found = owned(familyId, conversationId);
        found.ifPresent(conversation -> {
            conversation.restoreByFamily();
            conversations.save(conversation);
        });
        return found.isPresent();
    }

    private Optional<Conversation> owned(FamilyId familyId, UUID conversationId) {
        return conversations.lock(conversationId).filter(conversation -> conversation.familyId().equals(familyId));
    }
}
