package org.portailfamille.messaging.application.service;

import org.portailfamille.messaging.application.port.in.ConversationView;
import org.portailfamille.messaging.application.port.in.ReadConversationUseCase;
import org.portailfamille.messaging.application.port.out.Conversations;
import org.portailfamille.messaging.application.port.out.NoticeTexts;
import org.portailfamille.messaging.domain.Conversation;
import org.portailfamille.planning.application.port.in.ViewPlanningSetUpUseCase;
import org.portailfamille.shared.FamilyId;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

public class ReadConversationService implements ReadConversationUseCase {

    private final Conversations conversations;
    private final ConversationViews views;
    private final Clock clock;

    public ReadConversationService(Conversations conversations, ViewPlanningSetUpUseCase planning, NoticeTexts texts,
                                   Clock clock) {
        this.conversations = conversations;
        this.views = new ConversationViews(planning, texts);
        this.clock = clock;
    }

    @Override
    public Optional<ConversationView> openConversation(FamilyId familyId, UUID conversationId) {
        Optional<Conversation> found = conversations.lock(conversationId)
                .filter(conversation -> conversation.familyId().equals(familyId));
        found.ifPresent(conversation -> {
            if (!conversation.openByFamily(clock.instant()).isEmpty()) {
                conversations.save(conversation);
            }
        });
        return found.map(views::view);
    }
}
