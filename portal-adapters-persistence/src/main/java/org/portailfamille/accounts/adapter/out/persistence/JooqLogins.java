package org.portailfamille.accounts.adapter.out.persistence;

import org.jooq.DSLContext;
import org.portailfamille.accounts.LoginId;
import org.portailfamille.accounts.adapter.out.persistence.jooq.tables.records.LoginRecord;
import org.portailfamille.accounts.application.port.out.Logins;
import org.portailfamille.accounts.domain.AccountRole;
import org.portailfamille.accounts.domain.Login;
import org.portailfamille.accounts.domain.Username;
import org.portailfamille.shared.FamilyId;
import org.springframework.stereotype.Repository;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.portailfamille.accounts.adapter.out.persistence.jooq.Tables.LOGIN;

@Repository
class JooqLogins implements Logins {

    private final DSLContext dsl;

    JooqLogins(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean add(Login login) {
        int inserted = dsl.insertInto(LOGIN)
                .set(LOGIN.ID, login.id().value())
                .set(LOGIN.USERNAME, login.username().value())
                .set(LOGIN.ROLE, login.role().name())
                .set(LOGIN.FAMILY_ID, login.familyId().map(FamilyId::value).orElse(null))
                .set(LOGIN.DISPLAY_NAME, login.displayName())
                .set(LOGIN.PASSWORD_HASH, login.passwordHash())
                .set(LOGIN.PASSWORD_TEMPORARY, login.passwordTemporary())
                .set(LOGIN.PASSWORD_CHANGED_AT, login.passwordChangedAt().atOffset(ZoneOffset.UTC))
                .onConflict(LOGIN.USERNAME).doNothing()
                .execute();
        return inserted == 1;
    }

    @Override
    public Optional<Login> byUsername(Username username) {
        return dsl.selectFrom(LOGIN).where(LOGIN.USERNAME.eq(username.value())).fetchOptional(JooqLogins::toLogin);
    }

    @Override
    public Optional<Login> byId(LoginId id) {
        return dsl.selectFrom(LOGIN).where(LOGIN.ID.eq(id.value())).fetchOptional(JooqLogins::toLogin);
    }

    @Override
    public List<Login> ofFamily(FamilyId familyId) {
        return dsl.selectFrom(LOGIN).where(LOGIN.FAMILY_ID.eq(familyId.value())).orderBy(LOGIN.USERNAME)
                .fetch(JooqLogins::toLogin);
    }

    @Override
    public List<Login> ofStaff() {
        return dsl.selectFrom(LOGIN).where(LOGIN.ROLE.eq("STAFF")).orderBy(LOGIN.USERNAME).fetch(JooqLogins::toLogin);
    }

    @Override
    public void updatePassword(Login login) {
        dsl.update(LOGIN)
                .set(LOGIN.PASSWORD_HASH, login.passwordHash())
                .set(LOGIN.PASSWORD_TEMPORARY, login.passwordTemporary())
                .set(LOGIN.PASSWORD_CHANGED_AT, login.passwordChangedAt().atOffset(ZoneOffset.UTC))
                .where(LOGIN.ID.eq(login.id().value()))
                .execute();
    }

    private static Login toLogin(LoginRecord row) {
        return Login.reconstitute(new LoginId(row.getId()), new Username(row.getUsername()),
                AccountRole.valueOf(row.getRole()), row.getFamilyId() == null ? null : new FamilyId(row.getFamilyId()),
                row.getDisplayName(), row.getPasswordHash(), row.getPasswordTemporary(),
                row.getPasswordChangedAt().toInstant());
    }
}
