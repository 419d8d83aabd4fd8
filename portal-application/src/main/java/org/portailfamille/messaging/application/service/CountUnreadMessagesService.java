package org.portailfamille.messaging.application.service;

import org.portailfamille.messaging.application.port.in.CountUnreadMessagesUseCase;
import org.portailfamille.messaging.application.port.out.Conversations;
import org.portailfamille.shared.FamilyId;

public class CountUnreadMessagesService implements CountUnreadMessagesUseCase {

    private final Conversations conversations;

    public CountUnreadMessagesService(Conversations conversations) {
        this.conversations = conversations;
    }

    @Override
    public int countUnreadMessages(FamilyId familyId) {
        return conversations.countUnreadByFamily(familyId);
    }
}
