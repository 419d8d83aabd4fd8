package org.portailfamille.accounts.adapter.out.persistence;

import org.jooq.DSLContext;
import org.portailfamille.accounts.application.port.out.HealthDataAudit;
import org.portailfamille.accounts.domain.HealthDataRead;
import org.portailfamille.shared.ChildId;
import org.springframework.stereotype.Repository;

import java.time.ZoneOffset;
import java.util.List;

import static org.portailfamille.accounts.adapter.out.persistence.jooq.Tables.HEALTH_DATA_READ;

@Repository
class JooqHealthDataAudit implements HealthDataAudit {

    private final DSLContext dsl;

    JooqHealthDataAudit(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void record(HealthDataRead read) {
        dsl.insertInto(HEALTH_DATA_READ)
                .set(HEALTH_DATA_READ.READ_AT, read.readAt().atOffset(ZoneOffset.UTC))
                .set(HEALTH_DATA_READ.READER, read.reader())
                .set(HEALTH_DATA_READ.CHILD_ID, read.childId().value())
                .set(HEALTH_DATA_READ.PURPOSE, read.purpose())
                .execute();
    }

    @Override
    public List<HealthDataRead> ofChild(ChildId childId) {
        return dsl.selectFrom(HEALTH_DATA_READ)
                .where(HEALTH_DATA_READ.CHILD_ID.eq(childId.value()))
                .orderBy(HEALTH_DATA_READ.READ_AT.desc(), HEALTH_DATA_READ.ID.desc())
                .fetch(row -> new HealthDataRead(row.getReader(), row.getReadAt().toInstant(),
                        new ChildId(row.getChildId()), row.getPurpose()));
    }
}
