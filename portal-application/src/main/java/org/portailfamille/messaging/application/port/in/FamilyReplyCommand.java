package org.portailfamille.messaging.application.port.in;

import org.portailfamille.shared.FamilyId;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A family answers in one of its conversations (any of them, automatic notices included). */
public record FamilyReplyCommand(FamilyId familyId, UUID conversationId, String senderName, String body,
                                 List<AttachmentUpload> attachments) {
    public FamilyReplyCommand {
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(conversationId, "conversationId");
        attachments = List.copyOf(attachments);
    }
}
