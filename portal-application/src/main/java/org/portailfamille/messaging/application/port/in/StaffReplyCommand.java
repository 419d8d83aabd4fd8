package org.portailfamille.messaging.application.port.in;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Staff answer in a conversation of their facility ({@code facilityId} null: the municipality's own desk). */
public record StaffReplyCommand(@Nullable UUID facilityId, UUID conversationId, StaffMember staff, String body,
                                List<AttachmentUpload> attachments) {
    public StaffReplyCommand {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(staff, "staff");
        attachments = List.copyOf(attachments);
    }
}
