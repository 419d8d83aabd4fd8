package org.portailfamille.security;

import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.portailfamille.accounts.application.port.out.LoginAttempts;
import org.portailfamille.security.Browser.Response;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile values on the login and password forms: empty, 10,000 characters, control characters, markup and
 * script. Each gets a French answer — a message on the form, or the login page's error — never a server error,
 * never a stack trace, never an unescaped payload, and changes nothing.
 */
@PortalIntegrationTest
class BadInputTest {

    static final List<String> HOSTILE = List.of(
            "",
            "A".repeat(5_000) + "a1".repeat(2_500),
            "\u0000",
            "Abcdefgh1\u0000",
            "\u0001\u0007\u0008\u001b[31m\u007f\r\n\t",
            "<script>alert('xss')</script>",
            "\"><img src=x onerror=alert(1)>",
            "Ab1\uD83D\uDE00\u202E\uFEFF\u200B",
            "' or '1'='1'; drop table accounts.login; --");

    @Autowired
    ApplicationContext context;
    @Autowired
    DataSource dataSource;
    @LocalServerPort
    int port;

    Browser browser() {
        return new Browser(port, TestAddresses.next());
    }

    String hashOf(String username) {
        return new JdbcTemplate(dataSource).queryForObject(
                "select password_hash from accounts.login where username = ?", String.class, username);
    }

    static void assertCleanAnswer(String what, Response response, List<String> failures) {
        String body = response.body();
        if (response.status() >= 500) {
            failures.add(what + ": server error " + response.status());
        }
        if (body.contains("Exception") || body.contains("\tat ") || body.matches("(?s).*\\bat [a-z]+\\.[a-z]+\\..*\\(.*")) {
            failures.add(what + ": stack trace in the body");
        }
        if (body.contains("<script>alert") || body.contains("<img src=x")) {
            failures.add(what + ": unescaped payload in the body");
        }
    }

    @Test
    void hostile_values_on_the_change_password_form_get_french_messages() {
        TestAccounts.Parent parent = new TestAccounts(context).newParent("Hostile-Test-2026");
        Browser browser = browser();
        browser.logIn(parent.username(), parent.password());
        String hash = hashOf(parent.username());
        List<String> failures = new ArrayList<>();
        for (String value : HOSTILE) {
            for (Map<String, String> form : List.of(
                    Map.of("currentPassword", value, "newPassword", value, "confirmation", value),
                    Map.of("currentPassword", parent.password(), "newPassword", value, "confirmation", value),
                    Map.of("currentPassword", value, "newPassword", "Valable-Passe-2026",
                            "confirmation", "Valable-Passe-2026"))) {
                Response response = browser.submit("/mot-de-passe/changer", "/mot-de-passe/changer", form);
                String what = "change " + form.keySet() + " = " + printable(value);
                assertCleanAnswer(what, response, failures);
                if (response.status() != 200 || !response.mainText().contains("Il y a un problème")) {
                    failures.add(what + ": no message on the form (" + response + ")");
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(hashOf(parent.username())).as("password unchanged").isEqualTo(hash);
        // The hostile current passwords above were wrong guesses: the change form is now throttled like the
        // login form (ChangePasswordService). Clear the counter to check the control-character message.
        new JdbcTemplate(dataSource).update("delete from accounts.login_throttle where throttle_key = ?",
                "login:" + parent.username());
        Response control = browser.submit("/mot-de-passe/changer", "/mot-de-passe/changer", Map.of(
                "currentPassword", parent.password(), "newPassword", "Abcdefgh1\u0007",
                "confirmation", "Abcdefgh1\u0007"));
        assertThat(control.mainText()).contains(
                "Retirez les caractères invisibles (caractères de contrôle) de votre mot de passe.");
    }

    @Test
    void hostile_values_on_the_reset_form_get_french_messages() {
        TestAccounts.Parent parent = new TestAccounts(context).newParent("Hostile-Reset-2026", false,
                "hostile." + System.nanoTime() + "@example.org");
        browser().submit("/mot-de-passe/oublie", "/mot-de-passe/oublie", Map.of("identifier", parent.email()));
        String link = new Mailbox(context).lastResetLinkPath(parent.email());
        String token = Mailbox.tokenOf(link);
        String hash = hashOf(parent.username());
        Browser browser = browser();
        List<String> failures = new ArrayList<>();
        for (String value : HOSTILE) {
            Response badPassword = browser.submit(link, "/mot-de-passe/reinitialiser",
                    Map.of("token", token, "newPassword", value, "confirmation", value));
            assertCleanAnswer("reset password = " + printable(value), badPassword, failures);
            if (badPassword.status() != 200 || !badPassword.mainText().contains("Il y a un problème")) {
                failures.add("reset password = " + printable(value) + ": no message on the form (" + badPassword + ")");
            }
            Map<String, String> badToken = new LinkedHashMap<>();
            badToken.put("token", value);
            badToken.put("newPassword", "Valable-Passe-2026");
            badToken.put("confirmation", "Valable-Passe-2026");
            Response badLink = browser.submit("/mot-de-passe/oublie", "/mot-de-passe/reinitialiser", badToken);
            assertCleanAnswer("reset token = " + printable(value), badLink, failures);
            if (badLink.status() != 200 || !badLink.mainText().contains("Ce lien ne fonctionne plus")) {
                failures.add("reset token = " + printable(value) + ": no message (" + badLink + ")");
            }
            Response page = browser.get("/mot-de-passe/reinitialiser?jeton="
                    + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
            assertCleanAnswer("reset page jeton = " + printable(value), page, failures);
        }
        assertThat(failures).isEmpty();
        assertThat(hashOf(parent.username())).as("password unchanged").isEqualTo(hash);
        assertThat(browser.get(link).mainText()).as("the link still works after the refusals")
                .doesNotContain("Ce lien ne fonctionne plus");
    }

    @Test
    void hostile_values_on_the_forgotten_password_form_get_french_messages() {
        Mailbox mailbox = new Mailbox(context);
        int mails = mailbox.total();
        Browser browser = browser();
        List<String> failures = new ArrayList<>();
        List<String> identifiers = new ArrayList<>(HOSTILE);
        identifiers.add("a\u0000b@example.org");
        identifiers.add("jean.dupont@example.org\r\nBcc: victime@example.org");
        identifiers.add("x".repeat(300) + "@example.org");
        for (String value : identifiers) {
            Response response = browser.submit("/mot-de-passe/oublie", "/mot-de-passe/oublie",
                    Map.of("identifier", value));
            String what = "forgotten identifier = " + printable(value);
            assertCleanAnswer(what, response, failures);
            String text = response.mainText();
            if (response.status() != 200 || !(text.contains("Il y a un problème") || text.contains(
                    PasswordResetTest.SENT))) {
                failures.add(what + ": no French answer (" + response + ")");
            }
        }
        assertThat(failures).isEmpty();
        assertThat(mailbox.total()).as("no mail for hostile identifiers").isEqualTo(mails);
    }

    @Test
    void hostile_values_on_the_login_form_get_the_login_error() {
        List<String> failures = new ArrayList<>();
        try {
            tryHostileLogins(failures);
        } finally {
            // the failures counted under these shared names ("" above all) must not reach other tests
            LoginAttempts attempts = context.getBean(LoginAttempts.class);
            for (String value : HOSTILE) {
                attempts.clear("login:" + value.trim().strip().toLowerCase(Locale.ROOT));
            }
        }
        assertThat(failures).isEmpty();
    }

    private void tryHostileLogins(List<String> failures) {
        for (String value : HOSTILE) {
            for (Map<String, String> form : List.of(Map.of("identifiant", value, "motDePasse", value),
                    Map.of("identifiant", "inconnu." + System.nanoTime(), "motDePasse", value))) {
                Browser browser = browser();
                Response response = browser.submit("/connexion", "/connexion", form);
                String what = "login " + form.keySet() + " = " + printable(value);
                assertCleanAnswer(what, response, failures);
                if (!"/connexion?erreur".equals(response.location())
                        && !String.valueOf(response.location()).startsWith("/connexion?attente=")) {
                    failures.add(what + ": " + response);
                }
            }
        }
    }

    @Test
    void a_strong_password_made_of_markup_and_sql_is_just_a_password() {
        String payload = "\"><script>alert('X')</script>' OR '1'='1'; DROP TABLE accounts.login; --";
        TestAccounts.Parent parent = new TestAccounts(context).newParent("Balise-Test-2026");
        Browser browser = browser();
        browser.logIn(parent.username(), parent.password());
        Response change = browser.submit("/mot-de-passe/changer", "/mot-de-passe/changer",
                Map.of("currentPassword", parent.password(), "newPassword", payload, "confirmation", payload));
        assertThat(change.isRedirectTo("/famille/accueil")).as(change.toString()).isTrue();
        assertThat(browser().logIn(parent.username(), payload).isRedirectTo("/famille/accueil")).isTrue();
        assertThat(new JdbcTemplate(dataSource).queryForObject("select count(*) from accounts.login", Integer.class))
                .isPositive();
    }

    @Test
    void malformed_request_bodies_get_no_server_error() {
        TestAccounts.Parent parent = new TestAccounts(context).newParent("Malforme-Test-2026");
        Browser browser = browser();
        browser.logIn(parent.username(), parent.password());
        String token = browser.csrfTokenFrom("/mot-de-passe/changer");
        String hash = hashOf(parent.username());
        List<String> failures = new ArrayList<>();
        for (String body : List.of(
                "_csrf=" + token + "&currentPassword=%zz&newPassword=%E0%A4%A&confirmation=%",
                "_csrf=" + token + "&currentPassword&newPassword&confirmation",
                "_csrf=" + token + "&currentPassword=a&currentPassword=b&newPassword=x&newPassword=y",
                "_csrf=" + token + "&%00=%00&=&&&newPassword=%C0%80")) {
            Response response = browser.postRaw("/mot-de-passe/changer", body);
            assertCleanAnswer("body " + body, response, failures);
        }
        assertThat(failures).isEmpty();
        assertThat(hashOf(parent.username())).isEqualTo(hash);
    }

    static String printable(String value) {
        String shown = value.length() > 40 ? value.substring(0, 40) + "…(" + value.length() + ")" : value;
        StringBuilder out = new StringBuilder();
        shown.codePoints().forEach(c -> out.append(Character.isISOControl(c) ? String.format("\\u%04x", c)
                : new String(Character.toChars(c))));
        return "\"" + out + "\"";
    }
}
