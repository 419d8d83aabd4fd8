package org.portailfamille.accounts.adapter.out.persistence;

import org.jooq.DSLContext;
import org.portailfamille.accounts.application.port.out.AppliedRequests;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.portailfamille.accounts.adapter.out.persistence.jooq.Tables.APPLIED_REQUEST;

@Repository
class JooqAppliedRequests implements AppliedRequests {

    private final DSLContext dsl;

    JooqAppliedRequests(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean markApplied(UUID requestId, Instant at) {
        return dsl.insertInto(APPLIED_REQUEST)
                .set(APPLIED_REQUEST.REQUEST_ID, requestId)
                .set(APPLIED_REQUEST.APPLIED_AT, at.atOffset(ZoneOffset.UTC))
                .onConflictDoNothing()
                .execute() == 1;
    }
}
