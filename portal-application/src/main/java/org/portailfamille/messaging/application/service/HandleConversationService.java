package org.portailfamille.messaging.application.service;

import org.jspecify.annotations.Nullable;
import org.portailfamille.messaging.application.port.in.HandleConversationUseCase;
import org.portailfamille.messaging.application.port.in.StaffMember;
import org.portailfamille.messaging.application.port.out.Conversations;
import org.portailfamille.messaging.domain.Conversation;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

public class HandleConversationService implements HandleConversationUseCase {

    private final Conversations conversations;
    private final Clock clock;

    public HandleConversationService(Conversations conversations, Clock clock) {
        this.conversations = conversations;
        this.clock = clock;
    }

    @Override
    public boolean assignToSelf(@Nullable UUID facilityId, UUID conversationId, StaffMember staff) {
        return change(facilityId, conversationId, c -> c.assignTo(staff.login(), staff.displayName()));
    }

    @Override
    public boolean markHandled(@Nullable UUID facilityId, UUID conversationId, StaffMember staff) {
        return change(facilityId, conversationId, c -> {
            if (c.assignedTo() == null) {
                c.assignTo(staff.login(), staff.displayName());
            }
            c.markHandled(clock.instant());
        });
    }

    @Override
    public boolean reopen(@Nullable UUID facilityId, UUID conversationId) {
        return change(facilityId, conversationId, Conversation::reopen);
    }

    private boolean change(@Nullable UUID facilityId, UUID conversationId, Consumer<Conversation> change) {
        Optional<Conversation> found = conversations.lock(conversationId).filter(c -> c.isOfDesk(facilityId));
        found.ifPresent(conversation -> {
            change.accept(conversation);
            conversations.save(conversation);
        });
        return found.isPresent();
    }
}
