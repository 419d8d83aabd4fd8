package org.portailfamille.security;

import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.portailfamille.security.Browser.Response;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Mot de passe oublié" end to end through real SMTP (the demo GreenMail server): the same answer whether the
 * address exists, a hashed 256-bit single-use link valid one hour, and every session ended by the reset.
 */
@PortalIntegrationTest
class PasswordResetTest {

    static final String SENT = "Si cet identifiant ou cette adresse correspond à un compte, un courriel vient de lui "
            + "être envoyé.";
    static final String LINK_INVALID = "Le lien a expiré (il est valable une heure) ou a déjà servi.";

    @Autowired
    ApplicationContext context;
    @Autowired
    DataSource dataSource;
    @LocalServerPort
    int port;

    Browser browser() {
        return new Browser(port, TestAddresses.next());
    }

    TestAccounts.Parent parentWithEmail() {
        return new TestAccounts(context).newParent("Oubli-Test-2026", false,
                "oubli." + System.nanoTime() + "@example.org");
    }

    Response requestReset(String identifier) {
        return browser().submit("/mot-de-passe/oublie", "/mot-de-passe/oublie", Map.of("identifier", identifier));
    }

    Response reset(Browser browser, String linkPath, String newPassword) {
        return browser.submit(linkPath, "/mot-de-passe/reinitialiser", Map.of("token", Mailbox.tokenOf(linkPath),
                "newPassword", newPassword, "confirmation", newPassword));
    }

    @Test
    void a_parent_resets_the_password_with_the_link_received_by_mail() {
        TestAccounts.Parent parent = parentWithEmail();
        Mailbox mailbox = new Mailbox(context);
        Browser openSession = browser();
        assertThat(openSession.logIn(parent.username(), parent.password()).isRedirectTo("/famille/accueil")).isTrue();

        Response sent = requestReset(parent.email());

        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.mainText()).contains(SENT);
        assertThat(mailbox.mailsTo(parent.email())).hasSize(1);
        assertThat(mailbox.mailsTo(parent.email()).get(0)).contains(parent.username(), "60 minutes");
        String link = mailbox.lastResetLinkPath(parent.email());

        Browser browser = browser();
        Response form = browser.get(link);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.mainText()).doesNotContain(LINK_INVALID);
        Response done = reset(browser, link, "Retrouve-Passe-2026");
        assertThat(done.isRedirectTo("/connexion")).as(done.toString()).isTrue();
        assertThat(done.location()).isEqualTo("/connexion?reinitialise");

        assertThat(browser().logIn(parent.username(), "Retrouve-Passe-2026").isRedirectTo("/famille/accueil"))
                .isTrue();
        assertThat(browser().logIn(parent.username(), parent.password()).location()).isEqualTo("/connexion?erreur");
        assertThat(openSession.get("/famille/accueil").isRedirectTo("/connexion"))
                .as("sessions opened before the reset are ended").isTrue();
    }

    @Test
    void the_link_works_once() {
        TestAccounts.Parent parent = parentWithEmail();
        requestReset(parent.username());
        String link = new Mailbox(context).lastResetLinkPath(parent.email());
        Browser browser = browser();
        assertThat(reset(browser, link, "Premiere-Fois-2026").isRedirectTo("/connexion")).isTrue();

        Response again = browser().get(link);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.mainText()).contains(LINK_INVALID);
        Browser other = browser();
        Response reuse = other.post("/mot-de-passe/reinitialiser", Map.of("token", Mailbox.tokenOf(link),
                "newPassword", "Deuxieme-Fois-2026", "confirmation", "Deuxieme-Fois-2026",
                "_csrf", other.csrfTokenFrom("/mot-de-passe/oublie")));
        assertThat(reuse.status()).isEqualTo(200);
        assertThat(reuse.mainText()).contains(LINK_INVALID);
        assertThat(browser().logIn(parent.username(), "Premiere-Fois-2026").isRedirectTo("/famille/accueil")).isTrue();
    }

    @Test
    void a_reset_retires_the_other_links_sent_before() {
        TestAccounts.Parent parent = parentWithEmail();
        Mailbox mailbox = new Mailbox(context);
        requestReset(parent.email());
        String older = mailbox.lastResetLinkPath(parent.email());
        requestReset(parent.username());
        String newer = mailbox.lastResetLinkPath(parent.email());
        assertThat(newer).isNotEqualTo(older);

        assertThat(reset(browser(), newer, "Plus-Recent-2026").isRedirectTo("/connexion")).isTrue();

        assertThat(browser().get(older).mainText()).contains(LINK_INVALID);
        assertThat(browser().logIn(parent.username(), "Plus-Recent-2026").isRedirectTo("/famille/accueil")).isTrue();
    }

    @Test
    void the_link_expires_after_one_hour() {
        TestAccounts.Parent parent = parentWithEmail();
        requestReset(parent.email());
        String link = new Mailbox(context).lastResetLinkPath(parent.email());
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String loginId = "(select id from accounts.login where username = ?)";
        Double validity = jdbc.queryForObject("select extract(epoch from expires_at - created_at) "
                + "from accounts.password_reset_token where login_id = " + loginId, Double.class, parent.username());
        assertThat(validity).isEqualTo(3600.0);

        // one hour later (moved back in the database rather than waiting)
        jdbc.update("update accounts.password_reset_token set created_at = created_at - interval '1 hour', "
                + "expires_at = expires_at - interval '1 hour' where login_id = " + loginId, parent.username());

        assertThat(browser().get(link).mainText()).contains(LINK_INVALID);
        Browser browser = browser();
        Response late = browser.post("/mot-de-passe/reinitialiser", Map.of("token", Mailbox.tokenOf(link),
                "newPassword", "Trop-Tard-2026", "confirmation", "Trop-Tard-2026",
                "_csrf", browser.csrfTokenFrom("/mot-de-passe/oublie")));
        assertThat(late.mainText()).contains(LINK_INVALID);
        assertThat(browser().logIn(parent.username(), parent.password()).isRedirectTo("/famille/accueil")).isTrue();
    }

    @Test
    void the_secret_is_256_random_bits_stored_only_as_its_hash() throws Exception {
        TestAccounts.Parent parent = parentWithEmail();
        requestReset(parent.email());
        requestReset(parent.email());
        Mailbox mailbox = new Mailbox(context);
        List<String> mails = mailbox.mailsTo(parent.email());
        assertThat(mails).hasSize(2);
        String token = Mailbox.tokenOf(mailbox.lastResetLinkPath(parent.email()));
        assertThat(token).matches("[A-Za-z0-9_-]{43}");

        List<String> stored = new JdbcTemplate(dataSource).queryForList("select token_hash from "
                + "accounts.password_reset_token where login_id = (select id from accounts.login where username = ?)",
                String.class, parent.username());
        String sha256 = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        assertThat(stored).hasSize(2).contains(sha256).doesNotContain(token);
    }

    @Test
    void an_unknown_address_gets_the_same_answer_and_no_mail() {
        TestAccounts.Parent parent = parentWithEmail();
        Mailbox mailbox = new Mailbox(context);
        Response known = requestReset(parent.email());
        int before = mailbox.total();

        Response unknownAddress = requestReset("personne." + System.nanoTime() + "@example.org");
        Response unknownLogin = requestReset("personne." + System.nanoTime());
        TestAccounts.Parent withoutEmail = new TestAccounts(context).newParent("Sans-Courriel-2026");
        Response noEmail = requestReset(withoutEmail.username());

        assertThat(unknownAddress.status()).isEqualTo(known.status());
        assertThat(unknownAddress.mainText()).isEqualTo(known.mainText()).contains(SENT);
        assertThat(unknownLogin.mainText()).isEqualTo(known.mainText());
        assertThat(noEmail.mainText()).isEqualTo(known.mainText());
        assertThat(mailbox.total()).as("no mail for unknown addresses").isEqualTo(before);
    }
}
