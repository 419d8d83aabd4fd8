package org.portailfamille.messaging.application.service;

import org.jspecify.annotations.Nullable;
import org.portailfamille.messaging.application.port.in.AttachmentUpload;
import org.portailfamille.messaging.application.port.in.MessageProblem;
import org.portailfamille.messaging.application.port.out.AttachmentFiles;
import org.portailfamille.messaging.domain.Attachment;
import org.portailfamille.messaging.domain.Conversation;
import org.portailfamille.messaging.domain.Message;
import org.portailfamille.shared.DocumentFormat;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/** Checks what a sender typed and joined, and keeps the attachments of a message that goes through. */
final class MessageInput {

    private MessageInput() {
    }

    /** The problems of a subject (null: a reply, no subject) and a text. */
    static List<MessageProblem> textProblems(@Nullable String subject, String body) {
        List<MessageProblem> problems = new ArrayList<>();
        if (subject != null) {
            if (subject.isBlank()) {
                problems.add(MessageProblem.of("SUBJECT_MISSING"));
            } else if (subject.strip().length() > Message.MAX_SUBJECT_LENGTH) {
                problems.add(MessageProblem.of("SUBJECT_TOO_LONG"));
            } else if (subject.chars().anyMatch(Character::isISOControl)) {
                problems.add(MessageProblem.of("SUBJECT_CONTROL"));
            }
        }
        if (body.isBlank()) {
            problems.add(MessageProblem.of("BODY_MISSING"));
        } else if (body.strip().length() > Message.MAX_BODY_LENGTH) {
            problems.add(MessageProblem.of("BODY_TOO_LONG"));
        } else if (body.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            // NUL and the other control characters: PostgreSQL refuses NUL, and none of them is text
            problems.add(MessageProblem.of("BODY_CONTROL"));
        }
        return problems;
    }

    /** PDF, JPEG or PNG recognised by content, 5 MB each at most, five at most. */
    static List<MessageProblem> attachmentProblems(List<AttachmentUpload> uploads) {
        List<MessageProblem> problems = new ArrayList<>();
        if (uploads.size() > Attachment.MAX_PER_MESSAGE) {
            problems.add(MessageProblem.of("TOO_MANY_ATTACHMENTS"));
        }
        for (AttachmentUpload upload : uploads) {
            byte[] content = upload.content();
            if (content.length == 0) {
                problems.add(new MessageProblem("ATTACHMENT_EMPTY", upload.fileName()));
            } else if (content.length > DocumentFormat.MAX_SIZE) {
                problems.add(new MessageProblem("ATTACHMENT_TOO_LARGE", upload.fileName()));
            } else if (DocumentFormat.sniff(content).isEmpty()) {
                problems.add(new MessageProblem("ATTACHMENT_FORMAT", upload.fileName()));
            }
        }
        return problems;
    }

    /** Stores each (checked) upload's content and joins it to the message. */
    static void attach(Conversation conversation, Message message, List<AttachmentUpload> uploads,
                       AttachmentFiles files, Instant now) {
        for (AttachmentUpload upload : uploads) {
            byte[] content = upload.content();
            DocumentFormat format = DocumentFormat.sniff(content).orElseThrow();
            UUID id = UUID.randomUUID();
            Attachment attachment = new Attachment(id, message.id(), upload.fileName(), format, content.length,
                    sha256(content), now);
            files.write(id, content);
            conversation.attach(attachment);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
