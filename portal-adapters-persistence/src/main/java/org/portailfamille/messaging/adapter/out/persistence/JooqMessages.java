package org.portailfamille.messaging.adapter.out.persistence;

import org.jooq.DSLContext;
import org.portailfamille.messaging.application.port.out.Messages;
import org.portailfamille.messaging.domain.Message;
import org.portailfamille.shared.FamilyId;
import org.springframework.stereotype.Repository;

import java.time.ZoneOffset;

import static org.portailfamille.messaging.adapter.out.persistence.jooq.Tables.MESSAGE;

@Repository
class JooqMessages implements Messages {

    private final DSLContext dsl;

    JooqMessages(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(Message message) {
        dsl.insertInto(MESSAGE)
                .set(MESSAGE.ID, message.id())
                .set(MESSAGE.FAMILY_ID, message.familyId().value())
                .set(MESSAGE.DIRECTION, message.direction().name())
                .set(MESSAGE.SENDER_NAME, message.senderName())
                .set(MESSAGE.SUBJECT, message.subject())
                .set(MESSAGE.BODY, message.body())
                .set(MESSAGE.SENT_AT, message.sentAt().atOffset(ZoneOffset.UTC))
                .set(MESSAGE.READ_AT, message.readAt() == null ? null : message.readAt().atOffset(ZoneOffset.UTC))
                .execute();
    }

    @Override
    public boolean addIfAbsent(Message message) {
        return dsl.insertInto(MESSAGE)
                .set(MESSAGE.ID, message.id())
                .set(MESSAGE.FAMILY_ID, message.familyId().value())
                .set(MESSAGE.DIRECTION, message.direction().name())
                .set(MESSAGE.SENDER_NAME, message.senderName())
                .set(MESSAGE.SUBJECT, message.subject())
                .set(MESSAGE.BODY, message.body())
                .set(MESSAGE.SENT_AT, message.sentAt().atOffset(ZoneOffset.UTC))
                .onConflictDoNothing()
                .execute() == 1;
    }

    @Override
    public int countUnreadByFamily(FamilyId familyId) {
        return dsl.fetchCount(MESSAGE, MESSAGE.FAMILY_ID.eq(familyId.value())
                .and(MESSAGE.DIRECTION.eq("TO_FAMILY"))
                .and(MESSAGE.READ_AT.isNull()));
    }
}
