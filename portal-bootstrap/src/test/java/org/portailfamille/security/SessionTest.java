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
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Sessions: a new id at login, safe cookies, kept in PostgreSQL, ended by logout and by a password change. */
@PortalIntegrationTest
class SessionTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    DataSource dataSource;
    @LocalServerPort
    int port;

    TestAccounts.Parent newParent() {
        return new TestAccounts(context).newParent("Session-Test-2026");
    }

    Browser browser() {
        return new Browser(port, TestAddresses.next());
    }

    int sessionsOf(String username) {
        return new JdbcTemplate(dataSource).queryForObject(
                "select count(*) from spring_session where principal_name = ?", Integer.class, username);
    }

    @Test
    void login_gives_a_new_session_id_and_the_old_one_is_worthless() {
        TestAccounts.Parent parent = newParent();
        Browser browser = browser();
        // an anonymous session: the page asked for is remembered (the login page itself stores none, ADR 0045)
        browser.get("/famille/accueil");
        String before = browser.cookie("SESSION").orElseThrow(() -> new AssertionError("no session before login"));

        Response login = browser.logIn(parent.username(), parent.password());

        assertThat(login.isRedirectTo("/famille/accueil")).isTrue();
        String after = browser.cookie("SESSION").orElseThrow();
        assertThat(after).isNotEqualTo(before);
        Browser attacker = browser();
        attacker.setCookie("SESSION", before);
        assertThat(attacker.get("/famille/accueil").isRedirectTo("/connexion")).isTrue();
        assertThat(browser.get("/famille/accueil").status()).isEqualTo(200);
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_lax() {
        TestAccounts.Parent parent = newParent();
        Browser browser = browser();
        Response login = browser.logIn(parent.username(), parent.password());
        String cookie = login.headers("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie set at login"));
        assertThat(cookie).containsIgnoringCase("; HttpOnly").containsIgnoringCase("; SameSite=Lax")
                .containsIgnoringCase("; Path=/");
    }

    @Test
    void sessions_live_in_postgresql_with_a_thirty_minute_idle_timeout() {
        TestAccounts.Parent parent = newParent();
        assertThat(sessionsOf(parent.username())).isZero();
        browser().logIn(parent.username(), parent.password());
        assertThat(sessionsOf(parent.username())).isEqualTo(1);
        Integer idle = new JdbcTemplate(dataSource).queryForObject(
                "select max_inactive_interval from spring_session where principal_name = ?", Integer.class,
                parent.username());
        assertThat(idle).isEqualTo(30 * 60);
    }

    @Test
    void logout_ends_the_session() {
        TestAccounts.Parent parent = newParent();
        Browser browser = browser();
        browser.logIn(parent.username(), parent.password());
        String session = browser.cookie("SESSION").orElseThrow();

        Response logout = browser.logOut("/famille/accueil");

        assertThat(logout.status()).isEqualTo(302);
        assertThat(logout.header("Location")).isEqualTo("https://www.saint-jean.example/");
        assertThat(sessionsOf(parent.username())).isZero();
        Browser replay = browser();
        replay.setCookie("SESSION", session);
        assertThat(replay.get("/famille/accueil").isRedirectTo("/connexion")).isTrue();
    }

    @Test
    void a_password_change_ends_the_users_other_sessions_and_keeps_this_one() {
        TestAccounts.Parent parent = newParent();
        TestAccounts.Parent neighbour = newParent();
        Browser laptop = browser();
        Browser phone = browser();
        Browser neighbours = browser();
        assertThat(laptop.logIn(parent.username(), parent.password()).isRedirectTo("/famille/accueil")).isTrue();
        assertThat(phone.logIn(parent.username(), parent.password()).isRedirectTo("/famille/accueil")).isTrue();
        assertThat(neighbours.logIn(neighbour.username(), neighbour.password()).isRedirectTo("/famille/accueil"))
                .isTrue();
        assertThat(sessionsOf(parent.username())).isEqualTo(2);

        Response change = laptop.submit("/mot-de-passe/changer", "/mot-de-passe/changer", Map.of(
                "currentPassword", parent.password(), "newPassword", "Nouveau-Passe-2026",
                "confirmation", "Nouveau-Passe-2026"));

        assertThat(change.isRedirectTo("/famille/accueil")).as(change.toString()).isTrue();
        assertThat(laptop.get("/famille/accueil").status()).isEqualTo(200);
        assertThat(phone.get("/famille/accueil").isRedirectTo("/connexion")).isTrue();
        assertThat(neighbours.get("/famille/accueil").status()).as("other users keep their sessions")
                .isEqualTo(200);
        assertThat(sessionsOf(parent.username())).isEqualTo(1);
        assertThat(browser().logIn(parent.username(), "Nouveau-Passe-2026").isRedirectTo("/famille/accueil"))
                .isTrue();
    }

    @Test
    void behind_tls_the_session_cookie_is_secure() {
        TestAccounts.Parent parent = newParent();
        Browser browser = new Browser(port, TestAddresses.next(), Map.of("X-Forwarded-Proto", "https"));
        Response login = browser.logIn(parent.username(), parent.password());
        String cookie = login.headers("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie set at login"));
        assertThat(cookie).containsIgnoringCase("; Secure");
    }
}
