package org.portailfamille.messaging.application.service;

import org.jspecify.annotations.Nullable;
import org.portailfamille.messaging.application.port.in.ConversationView;
import org.portailfamille.messaging.application.port.in.ReadStaffConversationUseCase;
import org.portailfamille.messaging.application.port.out.Conversations;
import org.portailfamille.messaging.application.port.out.NoticeTexts;
import org.portailfamille.messaging.domain.Conversation;
import org.portailfamille.planning.application.port.in.ViewPlanningSetUpUseCase;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

public class ReadStaffConversationService implements ReadStaffConversationUseCase {

    private final Conversations conversations;
    private final ConversationViews views;
    private final Clock clock;

    public ReadStaffConversationService(Conversations conversations, ViewPlanningSetUpUseCase planning,
                                        NoticeTexts texts, Clock clock) {
        this.conversations = conversations;
        this.views = new ConversationViews(planning, texts);
        this.clock = clock;
    }

    @Override
    public Optional<ConversationView> openAsStaff(@Nullable UUID facilityId, UUID conversationId) {
        Optional<Conversation> found = conversations.lock(conversationId)
                .filter(conversation -> conversation.isOfDesk(facilityId));
        found.ifPresent(conversation -> {
            if (!conversation.openByStaff(clock.instant()).isEmpty()) {
                conversations.save(conversation);
            }
        });
        return found.map(views::view);
    }
}
