package org.portailfamille.planning.adapter.out.persistence;

import org.jooq.DSLContext;
import org.portailfamille.planning.application.port.out.StaffActions;
import org.portailfamille.planning.domain.StaffAction;
import org.springframework.stereotype.Repository;

import static org.portailfamille.planning.adapter.out.persistence.jooq.Tables.STAFF_ACTION;

/** Staff actions on families' plannings, append-only. */
@Repository
class JooqStaffActions implements StaffActions {

    private final DSLContext dsl;

    JooqStaffActions(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void record(StaffAction action) {
        dsl.insertInto(STAFF_ACTION)
                .set(STAFF_ACTION.ID, action.id())
                .set(STAFF_ACTION.FAMILY_ID, action.family().value())
                .set(STAFF_ACTION.CHILD_ID, action.child().value())
                .set(STAFF_ACTION.ACTIVITY_ID, action.activity().value())
                .set(STAFF_ACTION.DAY, action.day())
                .set(STAFF_ACTION.KIND, action.kind().name())
                .set(STAFF_ACTION.STAFF_LOGIN, action.staffLogin())
                .set(STAFF_ACTION.STAFF_NAME, action.staffName())
                .set(STAFF_ACTION.DEADLINE_OVERRIDDEN, action.deadlineOverridden())
                .set(STAFF_ACTION.REASON, action.reason())
                .set(STAFF_ACTION.ACTED_AT, Timestamps.utc(action.actedAt()))
                .execute();
    }
}
