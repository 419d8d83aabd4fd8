package org.portailfamille.security;

import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The login page and a refused login write no session (issue 14, ADR 0045): at a booking opening thousands of
 * anonymous visitors open it, some several times. The login form's CSRF token lives in a cookie of its own
 * (SameSite=Strict, HttpOnly, path /connexion) and still guards the login post; the identifiant typed in a refused
 * attempt comes back through a short cookie too. The session begins at the login, with a new id (fixation).
 */
@PortalIntegrationTest
class LoginPageWithoutSessionTest {

    static final String TOKEN_COOKIE = "LOGIN-CSRF";

    @Autowired ApplicationContext context;
    @Autowired DataSource dataSource;
    @LocalServerPort int port;

    int sessions() {
        return new JdbcTemplate(dataSource).queryForObject("select count(*) from spring_session", Integer.class);
    }

    @Test
    void opening_the_login_page_inserts_no_session_row() {
        int before = sessions();

        for (int i = 0; i < 10; i++) {
            Browser visitor = new Browser(port, TestAddresses.next());
            Browser.Response page = visitor.get("/connexion");

            assertThat(page.status()).isEqualTo(200);
            assertThat(page.csrfToken()).isPresent();
            assertThat(visitor.cookie("SESSION")).isEmpty();
            assertThat(page.headers("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                    .startsWith(TOKEN_COOKIE + "=").contains("Path=/connexion").contains("HttpOnly")
                    .contains("SameSite=Strict"));
            assertThat(visitor.get("/connexion").status()).as("again, as a parent told to wait").isEqualTo(200);
        }

        assertThat(sessions()).isEqualTo(before);
    }

    @Test
    void a_login_post_without_the_forms_token_and_its_cookie_is_refused() {
        TestAccounts.Parent parent = new TestAccounts(context).newParent("Sans-Session-2026");
        Map<String, String> credentials = Map.of("identifiant", parent.username(), "motDePasse", parent.password());

        Browser noToken = new Browser(port, TestAddresses.next());
        noToken.get("/connexion");
        assertThat(noToken.post("/connexion", credentials).status()).as("no token").isEqualTo(403);

        Browser forged = new Browser(port, TestAddresses.next());
        forged.get("/connexion");
        assertThat(forged.post("/connexion", with(credentials, "_csrf", "forged")).status()).as("forged")
                .isEqualTo(403);

        Browser noCookie = new Browser(port, TestAddresses.next());
        String token = noCookie.csrfTokenFrom("/connexion");
        noCookie.clearCookies(); // a cross-site post: a SameSite=Strict cookie is not sent
        assertThat(noCookie.post("/connexion", with(credentials, "_csrf", token)).status()).as("token, no cookie")
                .isEqualTo(403);

        Browser attacker = new Browser(port, TestAddresses.next());
        String attackersToken = attacker.csrfTokenFrom("/connexion");
        Browser victim = new Browser(port, TestAddresses.next());
        victim.get("/connexion");
        assertThat(victim.post("/connexion", with(credentials, "_csrf", attackersToken)).status())
                .as("another browser's token").isEqualTo(403);

        for (Browser browser : new Browser[] {noToken, forged, noCookie, victim}) {
            assertThat(browser.cookie("SESSION")).isEmpty();
            assertThat(browser.get("/famille/accueil").isRedirectTo("/connexion")).isTrue();
        }
    }

    @Test
    void a_refused_login_keeps_the_identifiant_once_and_writes_no_session() {
        TestAccounts.Parent parent = new TestAccounts(context).newParent("Sans-Session-2026");
        Browser browser = new Browser(port, TestAddresses.next());
        int before = sessions();

        Browser.Response refused = browser.submit("/connexion", "/connexion",
                Map.of("identifiant", parent.username(), "motDePasse", "Pas-le-bon-2026"));

        assertThat(refused.isRedirectTo("/connexion")).isTrue();
        assertThat(refused.location()).isEqualTo("/connexion?erreur");
        assertThat(browser.cookie("SESSION")).isEmpty();
        Browser.Response page = browser.get("/connexion?erreur");
        assertThat(page.body()).contains("value=\"" + parent.username() + "\"")
                .contains("Identifiant ou mot de passe incorrect");
        assertThat(browser.get("/connexion?erreur").body()).as("read once")
                .doesNotContain("value=\"" + parent.username() + "\"");
        assertThat(sessions()).isEqualTo(before);
    }

    @Test
    void a_visitor_who_had_an_anonymous_session_gets_a_new_id_at_the_login() {
        TestAccounts.Parent parent = new TestAccounts(context).newParent("Sans-Session-2026");
        Browser browser = new Browser(port, TestAddresses.next());
        // a visit to a family page before the login: the page asked for is remembered in a session (request cache)
        assertThat(browser.get("/famille/messages").isRedirectTo("/connexion")).isTrue();
        String anonymous = browser.cookie("SESSION").orElseThrow();

        Browser.Response loggedIn = browser.logIn(parent.username(), parent.password());

        assertThat(loggedIn.isRedirectTo("/famille/accueil")).as(loggedIn.toString()).isTrue();
        assertThat(browser.cookie("SESSION")).hasValueSatisfying(id -> assertThat(id).isNotEqualTo(anonymous));
        assertThat(browser.get("/famille/messages").status()).isEqualTo(200);
        Browser thief = new Browser(port, TestAddresses.next());
        thief.setCookie("SESSION", anonymous);
        assertThat(thief.get("/famille/messages").isRedirectTo("/connexion")).isTrue();
    }

    @Test
    void a_login_straight_from_the_login_page_works_and_its_token_cookie_is_dropped() {
        TestAccounts.Parent parent = new TestAccounts(context).newParent("Sans-Session-2026");
        Browser browser = new Browser(port, TestAddresses.next());

        Browser.Response loggedIn = browser.logIn(parent.username(), parent.password());

        assertThat(loggedIn.isRedirectTo("/famille/accueil")).as(loggedIn.toString()).isTrue();
        assertThat(browser.cookie("SESSION")).isPresent();
        assertThat(browser.cookie(TOKEN_COOKIE)).isEmpty();
        assertThat(browser.get("/famille/accueil").status()).isEqualTo(200);
        // the pages' forms still carry the session's token: a post with it is accepted
        assertThat(browser.submit("/famille/messages/preferences", "/famille/messages/preferences",
                Map.of("adulte", "GUARDIAN")).status()).isEqualTo(302);
    }

    private static Map<String, String> with(Map<String, String> form, String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(form);
        copy.put(name, value);
        return copy;
    }
}
