package org.portailfamille.messaging.application.port.in;

import java.util.List;

/** A family's Boîte de réception: the conversations of one folder. */
public interface ViewMailboxUseCase {
    List<ConversationSummary> mailbox(MailboxQuery query);
}
