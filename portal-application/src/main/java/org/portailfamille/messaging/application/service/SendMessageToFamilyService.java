package org.portailfamille.messaging.application.service;

import org.portailfamille.messaging.application.port.in.SendMessageToFamilyCommand;
import org.portailfamille.messaging.application.port.in.SendMessageToFamilyUseCase;
import org.portailfamille.messaging.application.port.out.Conversations;
import org.portailfamille.messaging.domain.Conversation;

import java.time.Clock;
import java.util.UUID;

/** A message put in a family's inbox without e-mail or SMS (demo data, benches); staff pages use WriteToFamily. */
public class SendMessageToFamilyService implements SendMessageToFamilyUseCase {

    private final Conversations conversations;
    private final Clock clock;

    public SendMessageToFamilyService(Conversations conversations, Clock clock) {
        this.conversations = conversations;
        this.clock = clock;
    }

    @Override
    public UUID sendMessageToFamily(SendMessageToFamilyCommand command) {
        Conversation conversation = Conversation.notice(UUID.randomUUID(), command.familyId(), null,
                command.senderName(), command.subject(), command.body(), null, clock.instant());
        conversations.add(conversation);
        return conversation.id();
    }
}
