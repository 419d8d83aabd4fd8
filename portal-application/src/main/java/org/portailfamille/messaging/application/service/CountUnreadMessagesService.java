package org.portailfamille.messaging.application.service;

import org.portailfamille.messaging.application.port.in.CountUnreadMessagesUseCase;
import org.portailfamille.messaging.application.port.out.Messages;
import org.portailfamille.shared.FamilyId;

public class CountUnreadMessagesService implements CountUnreadMessagesUseCase {

    private final Messages messages;

    public CountUnreadMessagesService(Messages messages) {
        this.messages = messages;
    }

    @Override
    public int countUnreadMessages(FamilyId familyId) {
        return messages.countUnreadByFamily(familyId);
    }
}
