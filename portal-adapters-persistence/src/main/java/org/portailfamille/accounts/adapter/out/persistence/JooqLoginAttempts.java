package org.portailfamille.accounts.adapter.out.persistence;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.portailfamille.accounts.application.port.out.LoginAttempts;
import org.portailfamille.accounts.domain.LoginThrottlePolicy.FailedAttempts;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.portailfamille.accounts.adapter.out.persistence.jooq.Tables.LOGIN_THROTTLE;

@Repository
class JooqLoginAttempts implements LoginAttempts {

    private final DSLContext dsl;

    JooqLoginAttempts(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<FailedAttempts> of(String key) {
        return dsl.selectFrom(LOGIN_THROTTLE).where(LOGIN_THROTTLE.THROTTLE_KEY.eq(key))
                .fetchOptional(row -> new FailedAttempts(row.getFailures(), row.getLastFailureAt().toInstant()));
    }

    @Override
    public void recordFailure(String key, Instant at, Instant counterStartsAgainIfLastBefore) {
        dsl.insertInto(LOGIN_THROTTLE)
                .set(LOGIN_THROTTLE.THROTTLE_KEY, key)
                .set(LOGIN_THROTTLE.FAILURES, 1)
                .set(LOGIN_THROTTLE.LAST_FAILURE_AT, at.atOffset(ZoneOffset.UTC))
                .onConflict(LOGIN_THROTTLE.THROTTLE_KEY)
                .doUpdate()
                .set(LOGIN_THROTTLE.FAILURES, DSL.when(
                                LOGIN_THROTTLE.LAST_FAILURE_AT.lt(counterStartsAgainIfLastBefore.atOffset(ZoneOffset.UTC)),
                                DSL.inline(1))
                        .otherwise(LOGIN_THROTTLE.FAILURES.plus(1)))
                .set(LOGIN_THROTTLE.LAST_FAILURE_AT, at.atOffset(ZoneOffset.UTC))
                .execute();
    }

    @Override
    public void clear(String key) {
        dsl.deleteFrom(LOGIN_THROTTLE).where(LOGIN_THROTTLE.THROTTLE_KEY.eq(key)).execute();
    }
}
