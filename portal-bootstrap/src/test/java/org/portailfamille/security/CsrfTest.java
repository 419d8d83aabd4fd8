package org.portailfamille.security;

import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.portailfamille.security.Browser.Response;
import org.portailfamille.security.Routes.Route;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every state-changing request — each POST/PUT/DELETE/PATCH route of the handler mappings, plus login and
 * logout, which Spring Security serves itself — is refused with 403 without a valid CSRF token, and changes
 * nothing: not the logins, not the reset links, not the sessions, no mail.
 */
@PortalIntegrationTest
class CsrfTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    DataSource dataSource;
    @LocalServerPort
    int port;

    @Test
    void every_state_changing_request_without_a_valid_token_is_refused_and_changes_nothing() {
        TestAccounts.Parent parent = new TestAccounts(context)
                .newParent("Csrf-Test-2026", false, "csrf." + System.nanoTime() + "@example.org");
        Browser loggedIn = new Browser(port, TestAddresses.next());
        assertThat(loggedIn.logIn(parent.username(), parent.password()).isRedirectTo("/famille/accueil")).isTrue();
        String sessionCookie = loggedIn.cookie("SESSION").orElseThrow();

        Set<String> paths = new LinkedHashSet<>();
        Set<String> targets = new LinkedHashSet<>();
        for (Route route : Routes.all(context)) {
            if (route.isStateChanging()) {
                targets.add(route.method() + " " + route.samplePath());
            }
        }
        targets.add("POST /connexion");
        targets.add("POST /deconnexion");
        assertThat(targets).contains("POST /mot-de-passe/changer", "POST /mot-de-passe/oublie",
                "POST /mot-de-passe/reinitialiser");

        // values that would change something if the request were accepted
        Map<String, String> form = new LinkedHashMap<>();
        form.put("identifiant", parent.username());
        form.put("motDePasse", parent.password());
        form.put("currentPassword", parent.password());
        form.put("newPassword", "Autre-Passe-2026");
        form.put("confirmation", "Autre-Passe-2026");
        form.put("identifier", parent.email());

        String before = fingerprint(parent.username());
        List<String> failures = new ArrayList<>();
        for (String target : targets) {
            String method = target.substring(0, target.indexOf(' '));
            String path = target.substring(target.indexOf(' ') + 1);
            // an anonymous visitor for the login form, the logged-in parent for everything else
            Browser anonymous = new Browser(port, TestAddresses.next());
            anonymous.get("/connexion");
            Browser browser = path.equals("/connexion") ? anonymous : loggedIn;

            Response withoutToken = browser.sendWithBody(method, path, form);
            Map<String, String> forged = new LinkedHashMap<>(form);
            forged.put("_csrf", "forged-" + System.nanoTime());
            Response forgedToken = browser.sendWithBody(method, path, forged);
            Response emptyToken = browser.sendWithBody(method, path + "?_csrf=", form);
            if (withoutToken.status() != 403 || forgedToken.status() != 403 || emptyToken.status() != 403) {
                failures.add(target + ": " + withoutToken + " / forged " + forgedToken + " / empty " + emptyToken);
            }
            if (path.equals("/connexion")) {
                assertThat(anonymous.get("/famille/accueil").isRedirectTo("/connexion"))
                        .as("a login without token logs nobody in").isTrue();
            }
            paths.add(path);
        }
        assertThat(failures).as("state-changing requests accepted without a valid CSRF token").isEmpty();
        assertThat(fingerprint(parent.username())).as("database and mailbox after the refused requests")
                .isEqualTo(before);
        assertThat(loggedIn.cookie("SESSION")).contains(sessionCookie);
        assertThat(loggedIn.get("/famille/accueil").status()).as("still logged in: logout needs a token")
                .isEqualTo(200);
        assertThat(paths).isNotEmpty();
    }

    private String fingerprint(String username) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String logins = jdbc.queryForObject("select md5(coalesce(string_agg(id || username || password_hash || "
                + "password_temporary || password_changed_at, ',' order by id), '')) from accounts.login",
                String.class);
        Integer tokens = jdbc.queryForObject("select count(*) from accounts.password_reset_token", Integer.class);
        Integer sessions = jdbc.queryForObject("select count(*) from spring_session where principal_name = ?",
                Integer.class, username);
        Integer throttled = jdbc.queryForObject("select count(*) from accounts.login_throttle where throttle_key = ?",
                Integer.class, "login:" + username);
        // mails leave through the outbox after commit: its rows say what a request sent, whatever is still in flight
        Integer mails = jdbc.queryForObject("select count(*) from platform.outbox", Integer.class);
        return "logins=" + logins + " tokens=" + tokens + " sessions=" + sessions + " throttle=" + throttled
                + " mails=" + mails;
    }
}
