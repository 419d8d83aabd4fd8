package org.portailfamille.messaging.application.service;

import org.portailfamille.messaging.application.port.in.MessageOutcome;
import org.portailfamille.messaging.application.port.in.WriteToFacilityCommand;
import org.portailfamille.messaging.application.port.in.WriteToFacilityUseCase;
import org.portailfamille.messaging.domain.Conversation;

public class WriteToFacilityService implements WriteToFacilityUseCase {

    private final ConversationStarter starter;

    public WriteToFacilityService(ConversationStarter starter) {
        this.starter = starter;
    }

    @Override
    public MessageOutcome writeToFacility(WriteToFacilityCommand command) {
        return starter.start(command.facilityId(), command.subject(), command.body(), command.attachments(),
                now -> Conversation.startedByFamily(command.familyId(), command.facilityId(), command.senderName(),
                        command.subject(), command.body(), now),
                conversation -> {
                });
    }
}
