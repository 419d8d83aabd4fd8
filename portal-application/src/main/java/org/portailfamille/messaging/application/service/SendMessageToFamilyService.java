package org.portailfamille.messaging.application.service;

import org.portailfamille.messaging.application.port.in.SendMessageToFamilyCommand;
import org.portailfamille.messaging.application.port.in.SendMessageToFamilyUseCase;
import org.portailfamille.messaging.application.port.out.Messages;
import org.portailfamille.messaging.domain.Message;

import java.time.Clock;
import java.util.UUID;

public class SendMessageToFamilyService implements SendMessageToFamilyUseCase {

    private final Messages messages;
    private final Clock clock;

    public SendMessageToFamilyService(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public UUID sendMessageToFamily(SendMessageToFamilyCommand command) {
        Message message = Message.toFamily(command.familyId(), command.senderName(), command.subject(), command.body(),
                clock.instant());
        messages.add(message);
        return message.id();
    }
}
