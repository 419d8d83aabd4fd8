package org.portailfamille.messaging.adapter.out.persistence;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.portailfamille.messaging.adapter.out.persistence.jooq.tables.records.AttachmentRecord;
import org.portailfamille.messaging.adapter.out.persistence.jooq.tables.records.ConversationRecord;
import org.portailfamille.messaging.adapter.out.persistence.jooq.tables.records.MessageRecord;
import org.portailfamille.messaging.application.port.in.StaffConversationSummary;
import org.portailfamille.messaging.application.port.out.Conversations;
import org.portailfamille.messaging.domain.Attachment;
import org.portailfamille.messaging.domain.Conversation;
import org.portailfamille.messaging.domain.ConversationOrigin;
import org.portailfamille.messaging.domain.Message;
import org.portailfamille.messaging.domain.MessageDirection;
import org.portailfamille.shared.DocumentFormat;
import org.portailfamille.shared.FamilyId;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.portailfamille.messaging.adapter.out.persistence.jooq.Tables.ATTACHMENT;
import static org.portailfamille.messaging.adapter.out.persistence.jooq.Tables.CONVERSATION;
import static org.portailfamille.messaging.adapter.out.persistence.jooq.Tables.MESSAGE;

@Repository
class JooqConversations implements Conversations {

    private final DSLContext dsl;

    JooqConversations(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(Conversation conversation) {
        dsl.insertInto(CONVERSATION).set(row(conversation)).execute();
        insertParts(conversation);
    }

    @Override
    public boolean addIfAbsent(Conversation conversation) {
        boolean added = dsl.insertInto(CONVERSATION).set(row(conversation)).onConflictDoNothing().execute() == 1;
        if (added) {
            insertParts(conversation);
        }
        return added;
    }

    /** One INSERT of the conversations (conflicts do nothing), one of the added ones' messages (ADR 0047). */
    @Override
    public java.util.Set<UUID> addAllIfAbsent(List<Conversation> conversations) {
        if (conversations.isEmpty()) {
            return java.util.Set.of();
        }
        org.jooq.InsertSetMoreStep<ConversationRecord> insert = null;
        for (Conversation conversation : conversations) {
            insert = insert == null ? dsl.insertInto(CONVERSATION).set(row(conversation))
                    : insert.newRecord().set(row(conversation));
        }
        java.util.Set<UUID> added = new java.util.HashSet<>(insert.onConflictDoNothing().returning(CONVERSATION.ID)
                .fetch(CONVERSATION.ID));
        org.jooq.InsertSetMoreStep<MessageRecord> messages = null;
        for (Conversation conversation : conversations) {
            if (!added.contains(conversation.id())) {
                continue;
            }
            for (Message message : conversation.messages()) {
                messages = messages == null ? dsl.insertInto(MESSAGE).set(row(message))
                        : messages.newRecord().set(row(message));
            }
            conversation.attachments().forEach(attachment -> dsl.insertInto(ATTACHMENT).set(row(attachment))
                    .execute());
        }
        if (messages != null) {
            messages.execute();
        }
        return added;
    }

    private void insertParts(Conversation conversation) {
        conversation.messages().forEach(message -> dsl.insertInto(MESSAGE).set(row(message)).execute());
        conversation.attachments().forEach(attachment -> dsl.insertInto(ATTACHMENT).set(row(attachment)).execute());
    }

    @Override
    public Optional<Conversation> lock(UUID conversationId) {
        return dsl.selectFrom(CONVERSATION).where(CONVERSATION.ID.eq(conversationId)).forUpdate().fetchOptional()
                .map(record -> assemble(List.of(record)).get(0));
    }

    @Override
    public Optional<Conversation> byId(UUID conversationId) {
        return dsl.selectFrom(CONVERSATION).where(CONVERSATION.ID.eq(conversationId)).fetchOptional()
                .map(record -> assemble(List.of(record)).get(0));
    }

    @Override
    public void save(Conversation conversation) {
        dsl.update(CONVERSATION)
                .set(CONVERSATION.LAST_MESSAGE_AT, at(conversation.lastMessageAt()))
                .set(CONVERSATION.FAMILY_DELETED_AT, at(conversation.familyDeletedAt()))
                .set(CONVERSATION.ASSIGNED_TO, conversation.assignedTo())
                .set(CONVERSATION.ASSIGNED_NAME, conversation.assignedName())
                .set(CONVERSATION.HANDLED_AT, at(conversation.handledAt()))
                .where(CONVERSATION.ID.eq(conversation.id()))
                .execute();
        for (Message message : conversation.messages()) {
            dsl.insertInto(MESSAGE).set(row(message))
                    .onConflict(MESSAGE.ID).doUpdate().set(MESSAGE.READ_AT, at(message.readAt()))
                    .execute();
        }
        for (Attachment attachment : conversation.attachments()) {
            dsl.insertInto(ATTACHMENT).set(row(attachment)).onConflictDoNothing().execute();
        }
    }

    @Override
    public List<Conversation> ofFamily(FamilyId familyId) {
        return assemble(dsl.selectFrom(CONVERSATION).where(CONVERSATION.FAMILY_ID.eq(familyId.value()))
                .orderBy(CONVERSATION.LAST_MESSAGE_AT.desc()).fetch());
    }

    @Override
    public int countUnreadByFamily(FamilyId familyId) {
        return dsl.fetchCount(dsl.select(MESSAGE.ID).from(MESSAGE)
                .join(CONVERSATION).on(CONVERSATION.ID.eq(MESSAGE.CONVERSATION_ID))
                .where(MESSAGE.FAMILY_ID.eq(familyId.value()))
                .and(MESSAGE.DIRECTION.eq(MessageDirection.TO_FAMILY.name()))
                .and(MESSAGE.READ_AT.isNull())
                .and(CONVERSATION.FAMILY_DELETED_AT.isNull()));
    }

    @Override
    public List<StaffConversationSummary> deskInbox(@Nullable UUID facilityId, boolean includeHandled, int limit) {
        Field<Boolean> unreadExpression = DSL.field(DSL.exists(DSL.selectOne().from(MESSAGE)
                .where(MESSAGE.CONVERSATION_ID.eq(CONVERSATION.ID))
                .and(MESSAGE.DIRECTION.eq(MessageDirection.FROM_FAMILY.name()))
                .and(MESSAGE.READ_AT.isNull())));
        Field<Boolean> unread = unreadExpression.as("unread");
        var last = MESSAGE.as("last");
        Field<String> lastDirectionExpression = DSL.field(DSL.select(last.DIRECTION).from(last)
                .where(last.CONVERSATION_ID.eq(CONVERSATION.ID))
                .orderBy(last.SENT_AT.desc(), last.ID.desc()).limit(1));
        Field<String> lastDirection = lastDirectionExpression.as("last_direction");
        var fromFamily = MESSAGE.as("from_family");
        Field<String> familyName = DSL.field(DSL.select(fromFamily.SENDER_NAME).from(fromFamily)
                .where(fromFamily.CONVERSATION_ID.eq(CONVERSATION.ID))
                .and(fromFamily.DIRECTION.eq(MessageDirection.FROM_FAMILY.name()))
                .orderBy(fromFamily.SENT_AT.desc()).limit(1)).as("family_name");
        Field<Boolean> hasAttachments = DSL.field(DSL.exists(DSL.selectOne().from(ATTACHMENT)
                .join(MESSAGE).on(MESSAGE.ID.eq(ATTACHMENT.MESSAGE_ID))
                .where(MESSAGE.CONVERSATION_ID.eq(CONVERSATION.ID)))).as("has_attachments");
        Condition desk = desk(facilityId);
        if (!includeHandled) {
            desk = desk.and(CONVERSATION.HANDLED_AT.isNull());
        }
        var rows = dsl.select(CONVERSATION.asterisk(), unread, lastDirection, familyName, hasAttachments)
                .from(CONVERSATION).where(desk)
                .orderBy(DSL.field(CONVERSATION.HANDLED_AT.isNotNull()).asc(), unreadExpression.desc(),
                        DSL.field(lastDirectionExpression.eq(MessageDirection.FROM_FAMILY.name())).desc(),
                        CONVERSATION.LAST_MESSAGE_AT.desc(), CONVERSATION.ID)
                .limit(limit)
                .fetch();
        return rows.map(row -> {
            ConversationRecord c = row.into(CONVERSATION);
            String name = row.get(familyName);
            return new StaffConversationSummary(c.getId(), new FamilyId(c.getFamilyId()),
                    name == null ? "" : name, c.getSubject(), c.getOrigin(), c.getLastMessageAt().toInstant(),
                    Boolean.TRUE.equals(row.get(unread)),
                    MessageDirection.FROM_FAMILY.name().equals(row.get(lastDirection)), c.getAssignedTo(),
                    c.getAssignedName(), c.getHandledAt() != null, Boolean.TRUE.equals(row.get(hasAttachments)));
        });
    }

    @Override
    public int countUnreadForDesk(@Nullable UUID facilityId) {
        return dsl.fetchCount(CONVERSATION, desk(facilityId).andExists(DSL.selectOne().from(MESSAGE)
                .where(MESSAGE.CONVERSATION_ID.eq(CONVERSATION.ID))
                .and(MESSAGE.DIRECTION.eq(MessageDirection.FROM_FAMILY.name()))
                .and(MESSAGE.READ_AT.isNull())));
    }

    @Override
    public Optional<AttachmentOwner> attachment(UUID attachmentId) {
        return dsl.select(ATTACHMENT.asterisk(), CONVERSATION.ID, CONVERSATION.FAMILY_ID, CONVERSATION.FACILITY_ID)
                .from(ATTACHMENT)
                .join(MESSAGE).on(MESSAGE.ID.eq(ATTACHMENT.MESSAGE_ID))
                .join(CONVERSATION).on(CONVERSATION.ID.eq(MESSAGE.CONVERSATION_ID))
                .where(ATTACHMENT.ID.eq(attachmentId))
                .fetchOptional(row -> new AttachmentOwner(attachment(row.into(ATTACHMENT)), row.get(CONVERSATION.ID),
                        new FamilyId(row.get(CONVERSATION.FAMILY_ID)), row.get(CONVERSATION.FACILITY_ID)));
    }

    private static Condition desk(@Nullable UUID facilityId) {
        return facilityId == null ? CONVERSATION.FACILITY_ID.isNull() : CONVERSATION.FACILITY_ID.eq(facilityId);
    }

    private List<Conversation> assemble(Collection<ConversationRecord> records) {
        if (records.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = records.stream().map(ConversationRecord::getId).toList();
        Map<UUID, List<Message>> messages = dsl.selectFrom(MESSAGE).where(MESSAGE.CONVERSATION_ID.in(ids))
                .orderBy(MESSAGE.SENT_AT, MESSAGE.ID).fetch().stream().map(JooqConversations::message)
                .collect(Collectors.groupingBy(Message::conversationId));
        Map<UUID, List<Attachment>> attachments = dsl.select(ATTACHMENT.asterisk(), MESSAGE.CONVERSATION_ID)
                .from(ATTACHMENT).join(MESSAGE).on(MESSAGE.ID.eq(ATTACHMENT.MESSAGE_ID))
                .where(MESSAGE.CONVERSATION_ID.in(ids)).orderBy(ATTACHMENT.UPLOADED_AT, ATTACHMENT.ID).fetch()
                .stream().collect(Collectors.groupingBy(row -> row.get(MESSAGE.CONVERSATION_ID),
                        Collectors.mapping(row -> attachment(row.into(ATTACHMENT)), Collectors.toList())));
        return records.stream().map(c -> Conversation.reconstitute(c.getId(), new FamilyId(c.getFamilyId()),
                c.getFacilityId(), c.getSubject(), ConversationOrigin.valueOf(c.getOrigin()), c.getLink(),
                c.getStartedAt().toInstant(), instant(c.getFamilyDeletedAt()), c.getAssignedTo(), c.getAssignedName(),
                instant(c.getHandledAt()), messages.getOrDefault(c.getId(), List.of()),
                attachments.getOrDefault(c.getId(), List.of()))).toList();
    }

    private static Message message(MessageRecord m) {
        return Message.reconstitute(m.getId(), m.getConversationId(), new FamilyId(m.getFamilyId()),
                MessageDirection.valueOf(m.getDirection()), m.getSenderName(), m.getSubject(), m.getBody(),
                m.getSentAt().toInstant(), instant(m.getReadAt()));
    }

    private static Attachment attachment(AttachmentRecord a) {
        return new Attachment(a.getId(), a.getMessageId(), a.getFileName(), DocumentFormat.ofMediaType(a.getMediaType()),
                a.getSize(), a.getSha256(), a.getUploadedAt().toInstant());
    }

    private ConversationRecord row(Conversation c) {
        ConversationRecord record = dsl.newRecord(CONVERSATION);
        record.setId(c.id());
        record.setFamilyId(c.familyId().value());
        record.setFacilityId(c.facilityId());
        record.setSubject(c.subject());
        record.setOrigin(c.origin().name());
        record.setLink(c.link());
        record.setStartedAt(at(c.startedAt()));
        record.setLastMessageAt(at(c.lastMessageAt()));
        record.setFamilyDeletedAt(at(c.familyDeletedAt()));
        record.setAssignedTo(c.assignedTo());
        record.setAssignedName(c.assignedName());
        record.setHandledAt(at(c.handledAt()));
        return record;
    }

    private MessageRecord row(Message m) {
        MessageRecord record = dsl.newRecord(MESSAGE);
        record.setId(m.id());
        record.setConversationId(m.conversationId());
        record.setFamilyId(m.familyId().value());
        record.setDirection(m.direction().name());
        record.setSenderName(m.senderName());
        record.setSubject(m.subject());
        record.setBody(m.body());
        record.setSentAt(at(m.sentAt()));
        record.setReadAt(at(m.readAt()));
        return record;
    }

    private AttachmentRecord row(Attachment a) {
        AttachmentRecord record = dsl.newRecord(ATTACHMENT);
        record.setId(a.id());
        record.setMessageId(a.messageId());
        record.setFileName(a.fileName());
        record.setMediaType(a.format().mediaType());
        record.setSize(a.size());
        record.setSha256(a.sha256());
        record.setUploadedAt(at(a.uploadedAt()));
        return record;
    }

    private static @Nullable OffsetDateTime at(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
