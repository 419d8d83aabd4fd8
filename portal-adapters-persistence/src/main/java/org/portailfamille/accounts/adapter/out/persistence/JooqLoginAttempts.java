package org.portailfamille.accounts.adapter.out.persistence;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.portailfamille.accounts.application.port.out.LoginAttempts;
import org.portailfamille.accounts.domain.LoginThrottlePolicy.FailedAttempts;
import org.springframework.stereotype.Repository;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;

import static org.portailfamille.accounts.adapter.out.persistence.jooq.Tables.LOGIN_THROTTLE;

@Repository
class JooqLoginAttempts implements LoginAttempts {

    private final DSLContext dsl;

    JooqLoginAttempts(DSLContext dsl) {
        this.dsl = dsl;
    }

    private static final OffsetDateTime NEVER = OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    /** Longest key stored as it is; the column holds 200 characters. */
    static final int MAX_PLAIN_KEY_LENGTH = 100;

    /**
     * The key as stored: itself when short and printable, else its SHA-256 — a login field may hold 10,000
     * characters or a NUL, which PostgreSQL text cannot store, and each must still count, not fail.
     */
    static String storedKey(String key) {
        if (key.length() <= MAX_PLAIN_KEY_LENGTH && key.codePoints().noneMatch(Character::isISOControl)
                && key.codePoints().noneMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE)) {
            return key;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * Reads the counter and keeps its row locked until the transaction ends (creating it empty if needed), so
     * that simultaneous attempts on one login or from one address are decided one after the other: without the
     * lock, twelve parallel attempts all read "no failure yet" and all tried a password.
     */
    @Override
    public Optional<FailedAttempts> of(String key) {
        String stored = storedKey(key);
        dsl.insertInto(LOGIN_THROTTLE)
                .set(LOGIN_THROTTLE.THROTTLE_KEY, stored)
                .set(LOGIN_THROTTLE.FAILURES, 0)
                .set(LOGIN_THROTTLE.LAST_FAILURE_AT, NEVER)
                .onConflict(LOGIN_THROTTLE.THROTTLE_KEY).doNothing()
                .execute();
        return dsl.selectFrom(LOGIN_THROTTLE).where(LOGIN_THROTTLE.THROTTLE_KEY.eq(stored)).forUpdate()
                .fetchOptional(row -> new FailedAttempts(row.getFailures(), row.getLastFailureAt().toInstant()))
                .filter(attempts -> attempts.failures() > 0);
    }

    @Override
    public void recordFailure(String key, Instant at, Instant counterStartsAgainIfLastBefore) {
        dsl.insertInto(LOGIN_THROTTLE)
                .set(LOGIN_THROTTLE.THROTTLE_KEY, storedKey(key))
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
        dsl.deleteFrom(LOGIN_THROTTLE).where(LOGIN_THROTTLE.THROTTLE_KEY.eq(storedKey(key))).execute();
    }
}
