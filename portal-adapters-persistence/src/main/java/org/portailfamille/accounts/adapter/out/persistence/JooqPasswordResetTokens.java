package org.portailfamille.accounts.adapter.out.persistence;

import org.jooq.DSLContext;
import org.portailfamille.accounts.LoginId;
import org.portailfamille.accounts.application.port.out.PasswordResetTokens;
import org.portailfamille.accounts.domain.PasswordResetToken;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.portailfamille.accounts.adapter.out.persistence.jooq.Tables.PASSWORD_RESET_TOKEN;

@Repository
class JooqPasswordResetTokens implements PasswordResetTokens {

    private final DSLContext dsl;

    JooqPasswordResetTokens(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(PasswordResetToken token) {
        dsl.insertInto(PASSWORD_RESET_TOKEN)
                .set(PASSWORD_RESET_TOKEN.TOKEN_HASH, token.tokenHash())
                .set(PASSWORD_RESET_TOKEN.LOGIN_ID, token.loginId().value())
                .set(PASSWORD_RESET_TOKEN.CREATED_AT, token.createdAt().atOffset(ZoneOffset.UTC))
                .set(PASSWORD_RESET_TOKEN.EXPIRES_AT, token.expiresAt().atOffset(ZoneOffset.UTC))
                .execute();
    }

    @Override
    public Optional<PasswordResetToken> byHash(String tokenHash) {
        return dsl.selectFrom(PASSWORD_RESET_TOKEN).where(PASSWORD_RESET_TOKEN.TOKEN_HASH.eq(tokenHash))
                .fetchOptional(row -> new PasswordResetToken(row.getTokenHash(), new LoginId(row.getLoginId()),
                        row.getCreatedAt().toInstant(), row.getExpiresAt().toInstant(),
                        row.getUsedAt() == null ? null : row.getUsedAt().toInstant()));
    }

    @Override
    public boolean markUsed(String tokenHash, Instant now) {
        var used = dsl.update(PASSWORD_RESET_TOKEN)
                .set(PASSWORD_RESET_TOKEN.USED_AT, now.atOffset(ZoneOffset.UTC))
                .where(PASSWORD_RESET_TOKEN.TOKEN_HASH.eq(tokenHash))
                .and(PASSWORD_RESET_TOKEN.USED_AT.isNull())
                .and(PASSWORD_RESET_TOKEN.EXPIRES_AT.gt(now.atOffset(ZoneOffset.UTC)))
                .returningResult(PASSWORD_RESET_TOKEN.LOGIN_ID)
                .fetchOptional();
        // the password is being reset: the other links still in the login's mailbox stop working too
        used.ifPresent(login -> dsl.update(PASSWORD_RESET_TOKEN)
                .set(PASSWORD_RESET_TOKEN.USED_AT, now.atOffset(ZoneOffset.UTC))
                .where(PASSWORD_RESET_TOKEN.LOGIN_ID.eq(login.value1()))
                .and(PASSWORD_RESET_TOKEN.USED_AT.isNull())
                .execute());
        return used.isPresent();
    }
}
