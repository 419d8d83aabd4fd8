package org.portailfamille.messaging.application.port.in;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One message of a conversation. Texts are plain text: pages render them escaped.
 *
 * @param direction TO_FAMILY (from the staff or the portal) or FROM_FAMILY
 * @param readAt    when the recipient (the family for TO_FAMILY, the staff for FROM_FAMILY) opened it
 */
public record MessageView(UUID id, String direction, String senderName, String subject, String body, Instant sentAt,
                          @Nullable Instant readAt, List<AttachmentView> attachments) {
    public MessageView {
        attachments = List.copyOf(attachments);
    }
}
