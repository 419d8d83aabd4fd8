package org.portailfamille.messaging.domain;

import java.util.Comparator;
import java.util.List;

/** A family's conversations as its Boîte de réception shows them: one folder, unread first or newest first. */
public final class Mailbox {

    private Mailbox() {
    }

    public static List<Conversation> folder(List<Conversation> conversations, MailboxFolder folder,
                                            boolean unreadFirst) {
        Comparator<Conversation> newestFirst = Comparator.comparing(Conversation::lastMessageAt).reversed();
        Comparator<Conversation> order = unreadFirst
                ? Comparator.comparing((Conversation conversation) -> conversation.unreadByFamily() == 0)
                        .thenComparing(newestFirst)
                : newestFirst;
        return conversations.stream().filter(conversation -> conversation.folderForFamily() == folder)
                .sorted(order.thenComparing(Conversation::id)).toList();
    }

    /** The banner's count: messages to the family not opened, deleted conversations apart. */
    public static int unreadCount(List<Conversation> conversations) {
        return conversations.stream().filter(conversation -> conversation.folderForFamily() != MailboxFolder.DELETED)
                .mapToInt(Conversation::unreadByFamily).sum();
    }
}
