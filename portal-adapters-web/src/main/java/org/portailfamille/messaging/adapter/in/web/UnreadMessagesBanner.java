package org.portailfamille.messaging.adapter.in.web;

import org.portailfamille.access.BannerContribution;
import org.portailfamille.access.PortalUser;
import org.portailfamille.messaging.application.port.in.CountUnreadMessagesUseCase;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Messaging's part of the guide's banner: "vous avez 1 Nouveau(x) Message(s)", linked to the "Boîte de
 * réception"; counted at each page, so it is exact once a message was opened.
 */
@Component
class UnreadMessagesBanner implements BannerContribution {

    private final CountUnreadMessagesUseCase unreadMessages;

    UnreadMessagesBanner(CountUnreadMessagesUseCase unreadMessages) {
        this.unreadMessages = unreadMessages;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Item item(PortalUser parent) {
        return new Item("banner.messages", List.of(unreadMessages.countUnreadMessages(parent.familyId())),
                FamilyMessagesController.INBOX);
    }
}
