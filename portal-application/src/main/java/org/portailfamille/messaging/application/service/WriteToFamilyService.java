package org.portailfamille.messaging.application.service;

import org.portailfamille.messaging.application.port.in.MessageOutcome;
import org.portailfamille.messaging.application.port.in.WriteToFamilyCommand;
import org.portailfamille.messaging.application.port.in.WriteToFamilyUseCase;
import org.portailfamille.messaging.domain.Conversation;
import org.portailfamille.messaging.domain.NotificationKind;

import java.util.UUID;

public class WriteToFamilyService implements WriteToFamilyUseCase {

    private final ConversationStarter starter;
    private final AdultNotifier adults;

    public WriteToFamilyService(ConversationStarter starter, AdultNotifier adults) {
        this.starter = starter;
        this.adults = adults;
    }

    @Override
    public MessageOutcome writeToFamily(WriteToFamilyCommand command) {
        return starter.start(command.facilityId(), command.subject(), command.body(), command.attachments(),
                now -> Conversation.startedByStaff(UUID.randomUUID(), command.familyId(), command.facilityId(),
                        command.staff().login(), command.staff().displayName(), command.subject(), command.body(),
                        now),
                conversation -> adults.tell(conversation.lastMessage().id(), command.familyId(),
                        NotificationKind.NEW_MESSAGE, command.staff().displayName(), conversation.subject(),
                        conversation.lastMessage().body(), null));
    }
}
