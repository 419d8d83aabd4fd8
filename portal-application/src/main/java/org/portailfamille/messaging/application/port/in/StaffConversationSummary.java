package org.portailfamille.messaging.application.port.in;

import org.jspecify.annotations.Nullable;
import org.portailfamille.shared.FamilyId;

import java.time.Instant;
import java.util.UUID;

/**
 * A line of a staff inbox.
 *
 * @param familyName  who wrote, as the family signed its last message (or the family id's first message)
 * @param unread      a family message in it was not opened by the staff yet
 * @param unanswered  the last message is the family's
 */
public record StaffConversationSummary(UUID conversationId, FamilyId familyId, String familyName, String subject,
                                       String origin, Instant lastMessageAt, boolean unread, boolean unanswered,
                                       @Nullable String assignedTo, @Nullable String assignedName, boolean handled,
                                       boolean hasAttachments) {
}
