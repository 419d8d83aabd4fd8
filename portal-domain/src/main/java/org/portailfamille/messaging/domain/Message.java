package org.portailfamille.messaging.domain;

import org.jspecify.annotations.Nullable;
import org.portailfamille.shared.FamilyId;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A message of a conversation. A message to the family is unread until the family opens it; a message from the
 * family is unread until the staff open it ({@code readAt} is the recipient's reading).
 */
public final class Message {

    public static final int MAX_SUBJECT_LENGTH = 200;
    public static final int MAX_BODY_LENGTH = 10_000;

    private final UUID id;
    private final UUID conversationId;
    private final FamilyId familyId;
    private final MessageDirection direction;
    private final String senderName;
    private final String subject;
    private final String body;
    private final Instant sentAt;
    private @Nullable Instant readAt;

    private Message(UUID id, UUID conversationId, FamilyId familyId, MessageDirection direction, String senderName,
                    String subject, String body, Instant sentAt, @Nullable Instant readAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.conversationId = Objects.requireNonNull(conversationId, "conversationId");
        this.familyId = Objects.requireNonNull(familyId, "familyId");
        this.direction = Objects.requireNonNull(direction, "direction");
        this.senderName = Objects.requireNonNull(senderName, "senderName").strip();
        this.subject = Objects.requireNonNull(subject, "subject").strip();
        this.body = Objects.requireNonNull(body, "body").strip();
        this.sentAt = Objects.requireNonNull(sentAt, "sentAt");
        this.readAt = readAt;
        if (this.subject.isEmpty() || this.subject.length() > MAX_SUBJECT_LENGTH) {
            throw new IllegalArgumentException("A subject has 1 to " + MAX_SUBJECT_LENGTH + " characters");
        }
        if (this.body.isEmpty() || this.body.length() > MAX_BODY_LENGTH) {
            throw new IllegalArgumentException("A message has 1 to " + MAX_BODY_LENGTH + " characters");
        }
    }

    /** A staff message alone in its own conversation (the conversation's id is the message's). */
    public static Message toFamily(FamilyId familyId, String senderName, String subject, String body, Instant now) {
        UUID id = UUID.randomUUID();
        return new Message(id, id, familyId, MessageDirection.TO_FAMILY, senderName, subject, body, now, null);
    }

    /** A message whose id is derived from what caused it, so that the same cause gives the same message. */
    public static Message toFamilyFor(UUID causeId, FamilyId familyId, String senderName, String subject, String body,
                                      Instant now) {
        UUID id = idFor(causeId);
        return new Message(id, id, familyId, MessageDirection.TO_FAMILY, senderName, subject, body, now, null);
    }

    /** The id of the message (and of its conversation) caused by {@code causeId}. */
    public static UUID idFor(UUID causeId) {
        return UUID.nameUUIDFromBytes(("message-for:" + causeId).getBytes(StandardCharsets.UTF_8));
    }

    static Message in(UUID conversationId, FamilyId familyId, MessageDirection direction, String senderName,
                      String subject, String body, Instant now) {
        return new Message(UUID.randomUUID(), conversationId, familyId, direction, senderName, subject, body, now,
                null);
    }

    static Message in(UUID id, UUID conversationId, FamilyId familyId, MessageDirection direction, String senderName,
                      String subject, String body, Instant now) {
        return new Message(id, conversationId, familyId, direction, senderName, subject, body, now, null);
    }

    public static Message reconstitute(UUID id, UUID conversationId, FamilyId familyId, MessageDirection direction,
                                       String senderName, String subject, String body, Instant sentAt,
                                       @Nullable Instant readAt) {
        return new Message(id, conversationId, familyId, direction, senderName, subject, body, sentAt, readAt);
    }

    public boolean isUnreadByFamily() {
        return direction == MessageDirection.TO_FAMILY && readAt == null;
    }

    public boolean isUnreadByStaff() {
        return direction == MessageDirection.FROM_FAMILY && readAt == null;
    }

    /** Marks the message read if it was unread by its recipient; true when it changed. */
    boolean markRead(MessageDirection recipientSide, Instant now) {
        if (direction == recipientSide && readAt == null) {
            readAt = now;
            return true;
        }
        return false;
    }

    public UUID id() { return id; }
    public UUID conversationId() { return conversationId; }
    public FamilyId familyId() { return familyId; }
    public MessageDirection direction() { return direction; }
    public String senderName() { return senderName; }
    public String subject() { return subject; }
    public String body() { return body; }
    public Instant sentAt() { return sentAt; }
    public @Nullable Instant readAt() { return readAt; }
}
