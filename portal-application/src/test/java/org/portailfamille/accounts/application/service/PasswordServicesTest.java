package org.portailfamille.accounts.application.service;

import org.junit.jupiter.api.Test;
import org.portailfamille.accounts.application.port.in.ChangePasswordCommand;
import org.portailfamille.accounts.application.port.in.PasswordChangeOutcome;
import org.portailfamille.accounts.application.port.in.PasswordProblem;
import org.portailfamille.accounts.application.port.in.RequestPasswordResetCommand;
import org.portailfamille.accounts.application.port.in.ResetPasswordCommand;
import org.portailfamille.accounts.domain.Family;
import org.portailfamille.accounts.domain.Login;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordServicesTest {

    private final InMemoryAccounts world = new InMemoryAccounts();
    private final ChangePasswordService change = new ChangePasswordService(world.logins, world.hasher,
            world.attempts, world.clock);
    private final RequestPasswordResetService request = new RequestPasswordResetService(world.logins, world.families,
            world.tokens, world.notifications, new AccountsSettings("https://portail.saint-jean.example/"), world.attempts,
            world.clock);
    private final ResetPasswordService reset = new ResetPasswordService(world.tokens, world.logins, world.hasher,
            world.clock);
    private final Family family = world.family("1001001818331", "jean.dupont@example.org");
    private final Login login = world.parent(family, "jean.dupont", "Bonbons2015", true);

    private String storedHash() {
        return world.loginRows.get(login.id()).passwordHash();
    }

    @Test
    void change_requires_the_current_password_and_changes_nothing_otherwise() {
        PasswordChangeOutcome outcome = change.changePassword(
                new ChangePasswordCommand(login.id().value(), "wrong", "Nouveau2026", "Nouveau2026"));
        assertThat(outcome.problems()).containsExactly(PasswordProblem.CURRENT_PASSWORD_WRONG);
        assertThat(storedHash()).isEqualTo("hashed:Bonbons2015");
    }

    @Test
    void change_reports_every_unmet_criterion_and_a_mismatched_confirmation() {
        PasswordChangeOutcome outcome = change.changePassword(
                new ChangePasswordCommand(login.id().value(), "Bonbons2015", "court", "autre"));
        assertThat(outcome.problems()).containsExactlyInAnyOrder(PasswordProblem.TOO_SHORT,
                PasswordProblem.NO_UPPERCASE, PasswordProblem.NO_DIGIT, PasswordProblem.CONFIRMATION_MISMATCH);
        assertThat(storedHash()).isEqualTo("hashed:Bonbons2015");
    }

    @Test
    void the_forced_change_of_a_temporary_password_refuses_the_same_password() {
        PasswordChangeOutcome outcome = change.changePassword(
                new ChangePasswordCommand(login.id().value(), "Bonbons2015", "Bonbons2015", "Bonbons2015"));
        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.problems()).containsExactly(PasswordProblem.SAME_AS_CURRENT);
        assertThat(world.loginRows.get(login.id()).passwordTemporary()).isTrue();
    }

    @Test
    void a_good_change_replaces_the_hash_and_ends_the_temporary_state() {
        assertThat(change.changePassword(new ChangePasswordCommand(login.id().value(), "Bonbons2015", "Nouveau2026",
                "Nouveau2026")).succeeded()).isTrue();
        assertThat(storedHash()).isEqualTo("hashed:Nouveau2026");
        assertThat(world.loginRows.get(login.id()).passwordTemporary()).isFalse();
    }

    @Test
    void a_reset_request_by_login_or_email_sends_one_link_and_stores_only_its_hash() {
        request.requestPasswordReset(new RequestPasswordResetCommand("Jean.Dupont"));
        request.requestPasswordReset(new RequestPasswordResetCommand("JEAN.DUPONT@example.org"));
        assertThat(world.sentLinks).hasSize(2);
        assertThat(world.sentLinks.get(0).email()).isEqualTo("jean.dupont@example.org");
        assertThat(world.sentLinks.get(0).link()).startsWith("https://portail.saint-jean.example/mot-de-passe/reinitialiser?jeton=");
        assertThat(world.sentLinks.get(0).validity()).isEqualTo(Duration.ofHours(1));
        String secret = secretOf(0);
        assertThat(secret).hasSizeGreaterThanOrEqualTo(43); // 256 bits in base64url
        assertThat(world.tokenRows).doesNotContainKey(secret).hasSize(2);
    }

    @Test
    void an_unknown_identifier_sends_nothing_and_says_nothing() {
        request.requestPasswordReset(new RequestPasswordResetCommand("nobody"));
        request.requestPasswordReset(new RequestPasswordResetCommand("nobody@example.org"));
        request.requestPasswordReset(new RequestPasswordResetCommand(""));
        request.requestPasswordReset(new RequestPasswordResetCommand("x".repeat(5000)));
        assertThat(world.sentLinks).isEmpty();
    }

    @Test
    void a_family_without_email_gets_no_link() {
        Family noMail = world.family("1001001818332", "");
        world.parent(noMail, "sans.courriel", "Bonbons2015", false);
        request.requestPasswordReset(new RequestPasswordResetCommand("sans.courriel"));
        assertThat(world.sentLinks).isEmpty();
    }

    @Test
    void a_link_resets_the_password_once() {
        request.requestPasswordReset(new RequestPasswordResetCommand("jean.dupont"));
        String secret = secretOf(0);
        assertThat(reset.isResetLinkUsable(secret)).isTrue();
        assertThat(reset.usernameOfResetLink(secret)).contains("jean.dupont");

        assertThat(reset.resetPassword(new ResetPasswordCommand(secret, "Nouveau2026", "Nouveau2026")).succeeded()).isTrue();
        assertThat(storedHash()).isEqualTo("hashed:Nouveau2026");

        assertThat(reset.resetPassword(new ResetPasswordCommand(secret, "Autre2027x", "Autre2027x")).problems())
                .containsExactly(PasswordProblem.LINK_INVALID);
        assertThat(storedHash()).isEqualTo("hashed:Nouveau2026");
    }

    @Test
    void a_bad_new_password_keeps_the_link_usable() {
        request.requestPasswordReset(new RequestPasswordResetCommand("jean.dupont"));
        String secret = secretOf(0);
        assertThat(reset.resetPassword(new ResetPasswordCommand(secret, "faible", "faible")).succeeded()).isFalse();
        assertThat(reset.isResetLinkUsable(secret)).isTrue();
    }

    @Test
    void a_link_expires_after_one_hour() {
        request.requestPasswordReset(new RequestPasswordResetCommand("jean.dupont"));
        String secret = secretOf(0);
        world.clock.advance(Duration.ofMinutes(61));
        assertThat(reset.isResetLinkUsable(secret)).isFalse();
        assertThat(reset.resetPassword(new ResetPasswordCommand(secret, "Nouveau2026", "Nouveau2026")).problems())
                .containsExactly(PasswordProblem.LINK_INVALID);
        assertThat(storedHash()).isEqualTo("hashed:Bonbons2015");
    }

    @Test
    void a_made_up_link_is_refused() {
        assertThat(reset.isResetLinkUsable("forged")).isFalse();
        assertThat(reset.isResetLinkUsable("")).isFalse();
        assertThat(reset.resetPassword(new ResetPasswordCommand("forged", "Nouveau2026", "Nouveau2026")).problems())
                .containsExactly(PasswordProblem.LINK_INVALID);
    }

    private String secretOf(int mail) {
        String link = world.sentLinks.get(mail).link();
        return URLDecoder.decode(link.substring(link.indexOf("jeton=") + 6), StandardCharsets.UTF_8);
    }

    @Test
    void guessing_the_current_password_is_throttled_like_the_login_form() {
        for (int i = 0; i < 3; i++) {
            assertThat(change.changePassword(new ChangePasswordCommand(login.id().value(), "devine" + i,
                    "Nouveau2026", "Nouveau2026")).problems()).contains(PasswordProblem.CURRENT_PASSWORD_WRONG);
        }
        assertThat(change.changePassword(new ChangePasswordCommand(login.id().value(), "Bonbons2015", "Nouveau2026",
                "Nouveau2026")).problems()).containsExactly(PasswordProblem.TOO_MANY_ATTEMPTS);
        assertThat(storedHash()).isEqualTo("hashed:Bonbons2015");
        world.clock.advance(Duration.ofSeconds(1));
        assertThat(change.changePassword(new ChangePasswordCommand(login.id().value(), "Bonbons2015", "Nouveau2026",
                "Nouveau2026")).succeeded()).isTrue();
    }

    @Test
    void at_most_three_links_an_hour_reach_one_mailbox() {
        for (int i = 0; i < 5; i++) {
            request.requestPasswordReset(new RequestPasswordResetCommand("jean.dupont"));
        }
        assertThat(world.sentLinks).hasSize(RequestPasswordResetService.MAX_LINKS_PER_HOUR);
        world.clock.advance(Duration.ofMinutes(61));
        request.requestPasswordReset(new RequestPasswordResetCommand("jean.dupont"));
        assertThat(world.sentLinks).hasSize(RequestPasswordResetService.MAX_LINKS_PER_HOUR + 1);
    }
}
