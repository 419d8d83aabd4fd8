package org.portailfamille.messaging.adapter.in.web;

import org.portailfamille.access.StaffFamilySection;
import org.portailfamille.messaging.application.port.in.ConversationSummary;
import org.portailfamille.messaging.application.port.in.Folder;
import org.portailfamille.messaging.application.port.in.MailboxOrder;
import org.portailfamille.messaging.application.port.in.MailboxQuery;
import org.portailfamille.messaging.application.port.in.ViewMailboxUseCase;
import org.portailfamille.shared.FamilyId;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Messaging's part of the staff family file: the family's conversations (received and sent, newest first, at most
 * {@value #MAX}), each a link to the staff conversation page ({@code templates/messaging/staff-family.html}).
 */
@Component
class MessagingStaffFamilySection implements StaffFamilySection {

    static final int MAX = 20;

    /** A conversation line and where staff open it. */
    record Line(ConversationSummary conversation, String path) {
    }

    private final ViewMailboxUseCase mailbox;

    MessagingStaffFamilySection(ViewMailboxUseCase mailbox) {
        this.mailbox = mailbox;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public String fragment() {
        return "messaging/staff-family :: messages";
    }

    @Override
    public List<Line> data(FamilyId family) {
        List<ConversationSummary> all = new ArrayList<>();
        for (Folder folder : List.of(Folder.RECEIVED, Folder.SENT)) {
            all.addAll(mailbox.mailbox(new MailboxQuery(family, folder, MailboxOrder.NEWEST_FIRST)));
        }
        return all.stream().sorted(Comparator.comparing(ConversationSummary::lastMessageAt).reversed()).limit(MAX)
                .map(c -> new Line(c, StaffMessagesController.INBOX + "/"
                        + (c.facilityId() == null ? MessageForms.MUNICIPALITY : c.facilityId().toString()) + "/"
                        + c.conversationId()))
                .toList();
    }
}
