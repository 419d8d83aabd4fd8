package org.portailfamille.security;

import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions are written when they change, not at every request (issue 14, ADR 0036), and still end after 30 idle
 * minutes; a flash message still shows after its redirect.
 */
@PortalIntegrationTest
class SessionWritesTest {

    @Autowired ApplicationContext context;
    @Autowired DataSource dataSource;
    @LocalServerPort int port;

    JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource);
    }

    /** The row's version (xmin changes at every UPDATE) and its last access. */
    String rowVersion(String username) {
        return jdbc().queryForObject("select xmin::text || '/' || last_access_time from spring_session "
                + "where principal_name = ?", String.class, username);
    }

    TestAccounts.Parent loggedIn(Browser browser) {
        TestAccounts.Parent parent = new TestAccounts(context).newParent("Session-Writes-2026");
        browser.logIn(parent.username(), parent.password());
        assertThat(browser.get("/famille/accueil").status()).isEqualTo(200);
        return parent;
    }

    @Test
    void pages_that_change_nothing_write_no_session_row() {
        Browser browser = new Browser(port, TestAddresses.next());
        TestAccounts.Parent parent = loggedIn(browser);
        String before = rowVersion(parent.username());

        for (int i = 0; i < 5; i++) {
            assertThat(browser.get("/famille/accueil").status()).isEqualTo(200);
            assertThat(browser.get("/famille/messages").status()).isEqualTo(200);
        }

        assertThat(rowVersion(parent.username())).isEqualTo(before);
    }

    @Test
    void the_last_access_is_still_noted_once_a_minute() {
        Browser browser = new Browser(port, TestAddresses.next());
        TestAccounts.Parent parent = loggedIn(browser);
        jdbc().update("update spring_session set last_access_time = last_access_time - 120000, "
                + "expiry_time = expiry_time - 120000 where principal_name = ?", parent.username());
        Long stale = jdbc().queryForObject("select last_access_time from spring_session where principal_name = ?",
                Long.class, parent.username());

        assertThat(browser.get("/famille/accueil").status()).isEqualTo(200);

        Long noted = jdbc().queryForObject("select last_access_time from spring_session where principal_name = ?",
                Long.class, parent.username());
        assertThat(noted).isGreaterThanOrEqualTo(stale + 110_000);
    }

    @Test
    void a_session_idle_for_thirty_minutes_has_ended() {
        Browser browser = new Browser(port, TestAddresses.next());
        TestAccounts.Parent parent = loggedIn(browser);
        jdbc().update("update spring_session set last_access_time = last_access_time - 31 * 60000, "
                + "expiry_time = expiry_time - 31 * 60000 where principal_name = ?", parent.username());

        assertThat(browser.get("/famille/accueil").isRedirectTo("/connexion")).isTrue();
    }

    @Test
    void a_flash_message_still_shows_after_the_redirect_and_only_once() {
        Browser browser = new Browser(port, TestAddresses.next());
        loggedIn(browser);

        Browser.Response saved = browser.submit("/famille/messages/preferences", "/famille/messages/preferences",
                Map.of("adulte", "GUARDIAN"));

        assertThat(saved.status()).isEqualTo(302);
        assertThat(browser.get("/famille/messages/preferences").body())
                .contains("Vos préférences de notification ont été enregistrées.");
        assertThat(browser.get("/famille/messages/preferences").body())
                .doesNotContain("Vos préférences de notification ont été enregistrées.");
    }
}
