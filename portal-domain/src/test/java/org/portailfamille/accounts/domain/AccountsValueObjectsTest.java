package org.portailfamille.accounts.domain;

import org.junit.jupiter.api.Test;
import org.portailfamille.accounts.LoginId;
import org.portailfamille.shared.FamilyId;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountsValueObjectsTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void username_is_case_insensitive_and_well_formed() {
        assertThat(new Username("  Jean.Dupont ").value()).isEqualTo("jean.dupont");
        assertThat(Username.isWellFormed("jean.dupont")).isTrue();
        assertThat(Username.isWellFormed("jean dupont")).isFalse();
        assertThat(Username.isWellFormed("<script>")).isFalse();
        assertThat(Username.isWellFormed(null)).isFalse();
        assertThatThrownBy(() -> new Username("x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void family_number_and_postcode_are_digits() {
        assertThat(new FamilyNumber("1001001818331").value()).isEqualTo("1001001818331");
        assertThatThrownBy(() -> new FamilyNumber("10A1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PostalAddress("1 rue", "3140", "X")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_parent_login_has_a_family_and_a_staff_login_has_none() {
        Login parent = Login.forParent(new Username("jean.dupont"), FamilyId.newId(), "JEAN DUPONT", "hash", false, NOW);
        assertThat(parent.familyId()).isPresent();
        assertThatThrownBy(() -> Login.reconstitute(LoginId.newId(), new Username("agent"), AccountRole.STAFF,
                FamilyId.newId(), "Agent", "hash", false, NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Login.reconstitute(LoginId.newId(), new Username("parent"), AccountRole.PARENT,
                null, "P", "hash", false, NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void changing_a_temporary_password_makes_it_permanent() {
        Login login = Login.forParent(new Username("nouveau.parent"), FamilyId.newId(), "X", "old", true, NOW);
        assertThat(login.passwordTemporary()).isTrue();
        login.changePassword("new", NOW.plusSeconds(60));
        assertThat(login.passwordTemporary()).isFalse();
        assertThat(login.passwordHash()).isEqualTo("new");
        login.assignTemporaryPassword("temp", NOW.plusSeconds(120));
        assertThat(login.passwordTemporary()).isTrue();
    }

    @Test
    void a_reset_token_is_usable_once_within_one_hour() {
        PasswordResetToken token = PasswordResetToken.issue("h", LoginId.newId(), NOW);
        assertThat(token.isUsableAt(NOW.plusSeconds(3599))).isTrue();
        assertThat(token.isUsableAt(NOW.plusSeconds(3600))).isFalse();
        PasswordResetToken used = new PasswordResetToken("h", token.loginId(), NOW, token.expiresAt(), NOW.plusSeconds(5));
        assertThat(used.isUsableAt(NOW.plusSeconds(10))).isFalse();
    }

    @Test
    void contact_details_never_hold_null() {
        ContactDetails contact = new ContactDetails(null, " 01.02.03.04.05 ", null, null, true, false);
        assertThat(contact.homePhone()).isEmpty();
        assertThat(contact.workPhone()).isEqualTo("01.02.03.04.05");
        assertThat(contact.hasEmail()).isFalse();
    }
}
