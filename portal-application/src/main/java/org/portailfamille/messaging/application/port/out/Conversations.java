package org.portailfamille.messaging.application.port.out;

import org.jspecify.annotations.Nullable;
import org.portailfamille.messaging.application.port.in.StaffConversationSummary;
import org.portailfamille.messaging.domain.Attachment;
import org.portailfamille.messaging.domain.Conversation;
import org.portailfamille.shared.FamilyId;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where conversations, their messages and what is known of their attachments are kept. */
public interface Conversations {

    void add(Conversation conversation);

    /** Adds the conversation unless one with its id exists; false when it did (a redelivered notice). */
    boolean addIfAbsent(Conversation conversation);

    /** Adds each conversation unless one with its id exists, in a few statements; the ids of those added. */
    default java.util.Set<java.util.UUID> addAllIfAbsent(List<Conversation> conversations) {
        java.util.Set<java.util.UUID> added = new java.util.HashSet<>();
        conversations.forEach(conversation -> {
            if (addIfAbsent(conversation)) {
                added.add(conversation.id());
            }
        });
        return added;
    }

    /** The conversation, locked until the end of the transaction (to change it). */
    Optional<Conversation> lock(UUID conversationId);

    Optional<Conversation> byId(UUID conversationId);

    /** Stores the conversation's state, its new messages, read marks and new attachments. */
    void save(Conversation conversation);

    /** Every conversation of a family, with messages and attachments. */
    List<Conversation> ofFamily(FamilyId familyId);

    /** Messages to the family not opened yet, in conversations the family did not delete. */
    int countUnreadByFamily(FamilyId familyId);

    /** A desk's inbox (facility, or the municipality when null): unread, then unanswered, then newest. */
    List<StaffConversationSummary> deskInbox(@Nullable UUID facilityId, boolean includeHandled, int limit);

    int countUnreadForDesk(@Nullable UUID facilityId);

    /** An attachment and the conversation it belongs to. */
    Optional<AttachmentOwner> attachment(UUID attachmentId);

    record AttachmentOwner(Attachment attachment, UUID conversationId, FamilyId familyId,
                           @Nullable UUID facilityId) {
    }
}
