package org.portailfamille.messaging.application.port.in;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * A line of a family's folder: one conversation (a message and its answers).
 *
 * @param facilityId    the facility the conversation is with, null for the municipality itself
 * @param correspondent who the family talks to (the facility's or the sender's name)
 * @param origin        FAMILY (the family wrote first), STAFF (the staff wrote first) or NOTICE (an automatic notice)
 * @param link          the portal path of what a notice is about (e.g. "/famille/demandes"), null when none
 * @param unreadCount   messages to the family not opened yet
 */
public record ConversationSummary(UUID conversationId, @Nullable UUID facilityId, String correspondent,
                                  String subject, String origin, @Nullable String link, Instant lastMessageAt,
                                  int messageCount, int unreadCount, boolean hasAttachments) {
    public boolean unread() {
        return unreadCount > 0;
    }
}
