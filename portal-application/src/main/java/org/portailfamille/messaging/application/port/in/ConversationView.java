package org.portailfamille.messaging.application.port.in;

import org.jspecify.annotations.Nullable;
import org.portailfamille.shared.FamilyId;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A conversation as one reads it: the first message and its answers, oldest first.
 *
 * @param familyId     the family (the staff page links to its file)
 * @param facilityId   the facility, null for the municipality itself
 * @param origin       FAMILY, STAFF or NOTICE
 * @param link         the portal path of what a notice is about, null when none
 * @param folder       where the family sees it
 * @param assignedTo   the staff login that took it, null when nobody did
 * @param handledAt    when the staff marked it handled, null while open
 */
public record ConversationView(UUID id, FamilyId familyId, @Nullable UUID facilityId, String correspondent,
                               String subject, String origin, @Nullable String link, Folder folder,
                               @Nullable String assignedTo, @Nullable String assignedName, @Nullable Instant handledAt,
                               List<MessageView> messages) {
    public ConversationView {
        messages = List.copyOf(messages);
    }
}
