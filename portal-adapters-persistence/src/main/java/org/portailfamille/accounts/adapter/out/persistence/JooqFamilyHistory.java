package org.portailfamille.accounts.adapter.out.persistence;

import org.jooq.DSLContext;
import org.portailfamille.accounts.application.port.out.FamilyHistory;
import org.portailfamille.accounts.domain.FamilyHistoryEntry;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;
import org.springframework.stereotype.Repository;

import java.time.ZoneOffset;
import java.util.List;

import static org.portailfamille.accounts.adapter.out.persistence.jooq.Tables.FAMILY_HISTORY;

@Repository
class JooqFamilyHistory implements FamilyHistory {

    private final DSLContext dsl;

    JooqFamilyHistory(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void record(FamilyHistoryEntry entry) {
        dsl.insertInto(FAMILY_HISTORY)
                .set(FAMILY_HISTORY.FAMILY_ID, entry.familyId().value())
                .set(FAMILY_HISTORY.CHILD_ID, entry.childId() == null ? null : entry.childId().value())
                .set(FAMILY_HISTORY.CHANGED_AT, entry.changedAt().atOffset(ZoneOffset.UTC))
                .set(FAMILY_HISTORY.ACTOR, entry.actor())
                .set(FAMILY_HISTORY.REASON, entry.reason())
                .set(FAMILY_HISTORY.SUBJECT, entry.subject())
                .set(FAMILY_HISTORY.FIELD, entry.field())
                .set(FAMILY_HISTORY.OLD_VALUE, entry.oldValue())
                .set(FAMILY_HISTORY.NEW_VALUE, entry.newValue())
                .set(FAMILY_HISTORY.CODED, entry.coded())
                .execute();
    }

    @Override
    public List<FamilyHistoryEntry> of(FamilyId familyId) {
        return dsl.selectFrom(FAMILY_HISTORY)
                .where(FAMILY_HISTORY.FAMILY_ID.eq(familyId.value()))
                .orderBy(FAMILY_HISTORY.CHANGED_AT.desc(), FAMILY_HISTORY.ID.asc())
                .fetch(row -> new FamilyHistoryEntry(new FamilyId(row.getFamilyId()),
                        row.getChildId() == null ? null : new ChildId(row.getChildId()), row.getChangedAt().toInstant(),
                        row.getActor(), row.getReason(), row.getSubject(), row.getField(), row.getOldValue(),
                        row.getNewValue(), row.getCoded()));
    }
}
