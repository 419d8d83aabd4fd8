package org.portailfamille.accounts.adapter.out.persistence;

import org.junit.jupiter.api.Test;
import org.portailfamille.accounts.application.port.out.Families;
import org.portailfamille.accounts.application.port.out.Logins;
import org.portailfamille.accounts.domain.AccountRole;
import org.portailfamille.accounts.domain.Family;
import org.portailfamille.accounts.domain.Login;
import org.portailfamille.accounts.domain.Username;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class JooqLoginsTest {

    @Autowired
    Logins logins;
    @Autowired
    Families families;

    static Username uniqueUsername(String prefix) {
        return new Username(prefix + "." + System.nanoTime());
    }

    Family newFamily() {
        Family family = Family.open(JooqFamiliesTest.uniqueNumber(), JooqFamiliesTest.guardian(""), null);
        families.add(family);
        return family;
    }

    @Test
    void a_parent_login_reads_back_by_username_id_and_family() {
        Family family = newFamily();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Login login = Login.forParent(uniqueUsername("parent"), family.id(), "JEAN DUPONT", "$argon2id$hash", true, now);

        assertThat(logins.add(login)).isTrue();

        Login read = logins.byUsername(login.username()).orElseThrow();
        assertThat(read.id()).isEqualTo(login.id());
        assertThat(read.role()).isEqualTo(AccountRole.PARENT);
        assertThat(read.familyId()).contains(family.id());
        assertThat(read.displayName()).isEqualTo("JEAN DUPONT");
        assertThat(read.passwordHash()).isEqualTo("$argon2id$hash");
        assertThat(read.passwordTemporary()).isTrue();
        assertThat(read.passwordChangedAt()).isEqualTo(now);
        assertThat(logins.byId(login.id())).isPresent();
        assertThat(logins.ofFamily(family.id())).extracting(Login::id).containsExactly(login.id());
    }

    @Test
    void a_staff_login_has_no_family() {
        Login login = Login.forStaff(uniqueUsername("agent"), "Service Enfance", "hash", false, Instant.now());
        assertThat(logins.add(login)).isTrue();
        assertThat(logins.byId(login.id()).orElseThrow().familyId()).isEmpty();
        assertThat(logins.byId(login.id()).orElseThrow().role()).isEqualTo(AccountRole.STAFF);
    }

    @Test
    void adding_a_taken_username_returns_false_and_keeps_the_first_login() {
        Username username = uniqueUsername("taken");
        Login first = Login.forStaff(username, "Premier", "hash-1", false, Instant.now());
        Login second = Login.forParent(new Username(username.value().toUpperCase()), newFamily().id(), "Second",
                "hash-2", false, Instant.now());

        assertThat(logins.add(first)).isTrue();
        assertThat(logins.add(second)).isFalse();

        assertThat(logins.byUsername(username).orElseThrow().id()).isEqualTo(first.id());
        assertThat(logins.byId(second.id())).isEmpty();
    }

    @Test
    void update_password_stores_the_new_hash_and_clears_the_temporary_flag() {
        Family family = newFamily();
        Login login = Login.forParent(uniqueUsername("change"), family.id(), "X", "old-hash", true,
                Instant.parse("2026-01-01T10:00:00Z"));
        logins.add(login);
        Instant changedAt = Instant.parse("2026-02-03T04:05:06Z");
        Login other = Login.forStaff(uniqueUsername("other"), "Other", "other-hash", true, Instant.now());
        logins.add(other);

        Login loaded = logins.byId(login.id()).orElseThrow();
        loaded.changePassword("new-hash", changedAt);
        logins.updatePassword(loaded);

        Login read = logins.byId(login.id()).orElseThrow();
        assertThat(read.passwordHash()).isEqualTo("new-hash");
        assertThat(read.passwordTemporary()).isFalse();
        assertThat(read.passwordChangedAt()).isEqualTo(changedAt);
        Login untouched = logins.byId(other.id()).orElseThrow();
        assertThat(untouched.passwordHash()).isEqualTo("other-hash");
        assertThat(untouched.passwordTemporary()).isTrue();
    }
}
