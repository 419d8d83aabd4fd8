package org.portailfamille.messaging.application.service;

import org.portailfamille.messaging.application.port.in.ConversationSummary;
import org.portailfamille.messaging.application.port.in.MailboxOrder;
import org.portailfamille.messaging.application.port.in.MailboxQuery;
import org.portailfamille.messaging.application.port.in.ViewMailboxUseCase;
import org.portailfamille.messaging.application.port.out.Conversations;
import org.portailfamille.messaging.application.port.out.NoticeTexts;
import org.portailfamille.messaging.domain.Mailbox;
import org.portailfamille.messaging.domain.MailboxFolder;
import org.portailfamille.planning.application.port.in.ViewPlanningSetUpUseCase;

import java.util.List;

public class ViewMailboxService implements ViewMailboxUseCase {

    private final Conversations conversations;
    private final ConversationViews views;

    public ViewMailboxService(Conversations conversations, ViewPlanningSetUpUseCase planning, NoticeTexts texts) {
        this.conversations = conversations;
        this.views = new ConversationViews(planning, texts);
    }

    @Override
    public List<ConversationSummary> mailbox(MailboxQuery query) {
        return Mailbox.folder(conversations.ofFamily(query.familyId()), MailboxFolder.valueOf(query.folder().name()),
                        query.order() == MailboxOrder.UNREAD_FIRST).stream().map(views::summary).toList();
    }
}
