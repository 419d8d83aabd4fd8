package org.portailfamille.messaging.domain;

import org.jspecify.annotations.Nullable;
import org.portailfamille.shared.FamilyId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A conversation between a family and the staff of a facility (or of the municipality itself when
 * {@code facilityId} is null): a first message and its answers, oldest first. The family sees it in one folder
 * (received, sent, deleted); the staff see it in their facility's inbox, take it, answer it, mark it handled.
 */
public final class Conversation {

    public static final int MAX_LINK_LENGTH = 500;

    private final UUID id;
    private final FamilyId familyId;
    private final @Nullable UUID facilityId;
    private final String subject;
    private final ConversationOrigin origin;
    private final @Nullable String link;
    private final Instant startedAt;
    private @Nullable Instant familyDeletedAt;
    private @Nullable String assignedTo;
    private @Nullable String assignedName;
    private @Nullable Instant handledAt;
    private final List<Message> messages;
    private final List<Attachment> attachments;

    private Conversation(UUID id, FamilyId familyId, @Nullable UUID facilityId, String subject,
                         ConversationOrigin origin, @Nullable String link, Instant startedAt,
                         @Nullable Instant familyDeletedAt, @Nullable String assignedTo, @Nullable String assignedName,
                         @Nullable Instant handledAt, List<Message> messages, List<Attachment> attachments) {
        this.id = Objects.requireNonNull(id, "id");
        this.familyId = Objects.requireNonNull(familyId, "familyId");
        this.facilityId = facilityId;
        this.subject = Objects.requireNonNull(subject, "subject").strip();
        this.origin = Objects.requireNonNull(origin, "origin");
        if (link != null && !isPortalPath(link)) {
            throw new IllegalArgumentException("A link is a path of the portal: " + link);
        }
        this.link = link;
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        this.familyDeletedAt = familyDeletedAt;
        this.assignedTo = assignedTo;
        this.assignedName = assignedName;
        this.handledAt = handledAt;
        this.messages = new ArrayList<>(messages);
        this.messages.sort(Comparator.comparing(Message::sentAt));
        this.attachments = new ArrayList<>(attachments);
        if (this.messages.isEmpty()) {
            throw new IllegalArgumentException("A conversation has at least one message");
        }
        if (this.messages.stream().anyMatch(message -> !message.conversationId().equals(id)
                || !message.familyId().equals(familyId))) {
            throw new IllegalArgumentException("A message of another conversation or family");
        }
    }

    /** A path inside the portal ("/famille/..."), never a URL to elsewhere ("//host", "http:", "javascript:"). */
    public static boolean isPortalPath(String link) {
        return link.length() <= MAX_LINK_LENGTH && link.startsWith("/") && !link.startsWith("//")
                && !link.contains("\\") && link.chars().noneMatch(c -> c < 0x21 || c == 0x7F);
    }

    /** A family writes first (to a facility, or to the municipality when {@code facilityId} is null). */
    public static Conversation startedByFamily(FamilyId familyId, @Nullable UUID facilityId, String senderName,
                                               String subject, String body, Instant now) {
        UUID id = UUID.randomUUID();
        Message first = Message.in(id, familyId, MessageDirection.FROM_FAMILY, senderName, subject, body, now);
        return new Conversation(id, familyId, facilityId, subject, ConversationOrigin.FAMILY, null, now, null, null,
                null, null, List.of(first), List.of());
    }

    /** Staff write first; the writer takes the conversation. */
    public static Conversation startedByStaff(UUID id, FamilyId familyId, @Nullable UUID facilityId,
                                              String staffLogin, String senderName, String subject, String body,
                                              Instant now) {
        Message first = Message.in(id, id, familyId, MessageDirection.TO_FAMILY, senderName, subject, body, now);
        return new Conversation(id, familyId, facilityId, subject, ConversationOrigin.STAFF, null, now, null,
                staffLogin, senderName, now, List.of(first), List.of());
    }

    /**
     * An automatic notice (a decision, a closure, a place offer, an invoice): its id derives from its cause, so that
     * the same cause gives the same conversation; answers go to the municipality's desk unless a facility is given.
     */
    public static Conversation notice(UUID causeId, FamilyId familyId, @Nullable UUID facilityId, String senderName,
                                      String subject, String body, @Nullable String link, Instant now) {
        UUID id = Message.idFor(causeId);
        Message first = Message.in(id, id, familyId, MessageDirection.TO_FAMILY, senderName, subject, body, now);
        return new Conversation(id, familyId, facilityId, subject, ConversationOrigin.NOTICE, link, now, null, null,
                null, now, List.of(first), List.of());
    }

    public static Conversation reconstitute(UUID id, FamilyId familyId, @Nullable UUID facilityId, String subject,
                                            ConversationOrigin origin, @Nullable String link, Instant startedAt,
                                            @Nullable Instant familyDeletedAt, @Nullable String assignedTo,
                                            @Nullable String assignedName, @Nullable Instant handledAt,
                                            List<Message> messages, List<Attachment> attachments) {
        return new Conversation(id, familyId, facilityId, subject, origin, link, startedAt, familyDeletedAt,
                assignedTo, assignedName, handledAt, messages, attachments);
    }

    /** The family answers: back in its folder if deleted, and open again for the staff. */
    public Message replyFromFamily(String senderName, String body, Instant now) {
        Message reply = Message.in(id, familyId, MessageDirection.FROM_FAMILY, senderName, replySubject(), body, now);
        messages.add(reply);
        familyDeletedAt = null;
        handledAt = null;
        return reply;
    }

    /** The staff answer: unread for the family (back in its folder if it had deleted it); the answerer takes it. */
    public Message replyFromStaff(String staffLogin, String senderName, String body, Instant now) {
        Message reply = Message.in(id, familyId, MessageDirection.TO_FAMILY, senderName, replySubject(), body, now);
        messages.add(reply);
        familyDeletedAt = null;
        if (assignedTo == null) {
            assignedTo = staffLogin;
            assignedName = senderName;
        }
        return reply;
    }

    private String replySubject() {
        String re = subject.regionMatches(true, 0, "Re:", 0, 3) ? subject : "Re: " + subject;
        return re.length() > Message.MAX_SUBJECT_LENGTH ? subject : re;
    }

    public void attach(Attachment attachment) {
        if (messages.stream().noneMatch(message -> message.id().equals(attachment.messageId()))) {
            throw new IllegalArgumentException("An attachment of a message of another conversation");
        }
        if (attachmentsOf(attachment.messageId()).size() >= Attachment.MAX_PER_MESSAGE) {
            throw new IllegalArgumentException("At most " + Attachment.MAX_PER_MESSAGE + " attachments per message");
        }
        attachments.add(attachment);
    }

    /** The family opens it: every message to the family is read. Returns the messages that changed. */
    public List<Message> openByFamily(Instant now) {
        return messages.stream().filter(message -> message.markRead(MessageDirection.TO_FAMILY, now)).toList();
    }

    /** The staff open it: every message from the family is read. Returns the messages that changed. */
    public List<Message> openByStaff(Instant now) {
        return messages.stream().filter(message -> message.markRead(MessageDirection.FROM_FAMILY, now)).toList();
    }

    public void deleteByFamily(Instant now) {
        if (familyDeletedAt == null) {
            familyDeletedAt = now;
        }
    }

    public void restoreByFamily() {
        familyDeletedAt = null;
    }

    public void assignTo(String staffLogin, String staffName) {
        assignedTo = Objects.requireNonNull(staffLogin, "staffLogin");
        assignedName = Objects.requireNonNull(staffName, "staffName");
    }

    public void markHandled(Instant now) {
        if (handledAt == null) {
            handledAt = now;
        }
    }

    public void reopen() {
        handledAt = null;
    }

    public MailboxFolder folderForFamily() {
        if (familyDeletedAt != null) {
            return MailboxFolder.DELETED;
        }
        return origin == ConversationOrigin.FAMILY ? MailboxFolder.SENT : MailboxFolder.RECEIVED;
    }

    /** Whether this facility's staff (null: the municipality's desk) may see it. */
    public boolean isOfDesk(@Nullable UUID deskFacilityId) {
        return Objects.equals(facilityId, deskFacilityId);
    }

    public int unreadByFamily() {
        return (int) messages.stream().filter(Message::isUnreadByFamily).count();
    }

    public boolean unreadByStaff() {
        return messages.stream().anyMatch(Message::isUnreadByStaff);
    }

    /** The last word is the family's: the staff owe an answer. */
    public boolean unanswered() {
        return lastMessage().direction() == MessageDirection.FROM_FAMILY;
    }

    public Message lastMessage() {
        return messages.get(messages.size() - 1);
    }

    public Instant lastMessageAt() {
        return lastMessage().sentAt();
    }

    public List<Attachment> attachmentsOf(UUID messageId) {
        return attachments.stream().filter(attachment -> attachment.messageId().equals(messageId)).toList();
    }

    public UUID id() { return id; }
    public FamilyId familyId() { return familyId; }
    public @Nullable UUID facilityId() { return facilityId; }
    public String subject() { return subject; }
    public ConversationOrigin origin() { return origin; }
    public @Nullable String link() { return link; }
    public Instant startedAt() { return startedAt; }
    public @Nullable Instant familyDeletedAt() { return familyDeletedAt; }
    public @Nullable String assignedTo() { return assignedTo; }
    public @Nullable String assignedName() { return assignedName; }
    public @Nullable Instant handledAt() { return handledAt; }
    public boolean handled() { return handledAt != null; }
    public List<Message> messages() { return List.copyOf(messages); }
    public List<Attachment> attachments() { return List.copyOf(attachments); }
}
