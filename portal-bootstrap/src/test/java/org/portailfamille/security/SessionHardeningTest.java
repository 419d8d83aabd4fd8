package org.portailfamille.security;

import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.portailfamille.TestClock;
import org.portailfamille.security.Browser.Response;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, finding 12: a new session id after a password change; an absolute lifetime (12 h) whatever the
 * activity; anonymous visits to {@code /} store no session; a malformed URL gets the portal's French error page with
 * its security headers.
 */
@PortalIntegrationTest
class SessionHardeningTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    DataSource dataSource;
    @LocalServerPort
    int port;

    Browser browser() {
        return new Browser(port, TestAddresses.next());
    }

    int sessionRows() {
        return new JdbcTemplate(dataSource).queryForObject("select count(*) from spring_session", Integer.class);
    }

    @Test
    void a_password_change_gives_a_new_session_id_and_the_old_one_is_worthless() {
        TestAccounts.Parent parent = new TestAccounts(context).newParent("Session-Test-2026");
        Browser browser = browser();
        browser.logIn(parent.username(), parent.password());
        String before = browser.cookie("SESSION").orElseThrow();

        Response change = browser.submit("/mot-de-passe/changer", "/mot-de-passe/changer", Map.of(
                "currentPassword", parent.password(), "newPassword", "Autre-Passe-2027",
                "confirmation", "Autre-Passe-2027"));

        assertThat(change.isRedirectTo("/famille/accueil")).as(change.toString()).isTrue();
        String after = browser.cookie("SESSION").orElseThrow();
        assertThat(after).isNotEqualTo(before);
        assertThat(browser.get("/famille/accueil").status()).isEqualTo(200);
        Browser thief = browser();
        thief.setCookie("SESSION", before);
        assertThat(thief.get("/famille/accueil").isRedirectTo("/connexion")).isTrue();
    }

    @Test
    void a_session_ends_after_its_absolute_lifetime_even_when_active() {
        TestAccounts.Parent parent = new TestAccounts(context).newParent("Session-Test-2026");
        Browser browser = browser();
        browser.logIn(parent.username(), parent.password());
        assertThat(browser.get("/famille/accueil").status()).isEqualTo(200);

        TestClock.PORTAL.advance(Duration.ofHours(11).plusMinutes(50));
        assertThat(browser.get("/famille/accueil").status()).as("still within 12 h").isEqualTo(200);
        TestClock.PORTAL.advance(Duration.ofMinutes(11));

        assertThat(browser.get("/famille/accueil").isRedirectTo("/connexion")).isTrue();
        assertThat(browser.logIn(parent.username(), parent.password()).isRedirectTo("/famille/accueil")).isTrue();
    }

    @Test
    void anonymous_visits_to_the_root_store_no_session() {
        int before = sessionRows();
        for (int i = 0; i < 5; i++) {
            Response root = browser().get("/");
            assertThat(root.status()).isIn(302, 303);
            assertThat(root.headers("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("SESSION="));
        }
        assertThat(sessionRows()).isLessThanOrEqualTo(before);
    }

    /** The raw answer to a request line that no HTTP client library would send. */
    String raw(String target) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void a_malformed_url_gets_the_portals_french_error_page_with_its_security_headers() throws IOException {
        for (String target : new String[]{"/%", "/..;/", "/%2e%2e;/famille/accueil", "/a%00b"}) {
            String answer = raw(target);
            String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n"))).toLowerCase();
            assertThat(answer).as(target).startsWith("HTTP/1.1 400");
            assertThat(answer).as(target).contains("lang=\"fr\"").doesNotContain("Apache Tomcat")
                    .doesNotContain("HTTP Status");
            assertThat(head).as(target).contains("content-security-policy:").contains("x-content-type-options: nosniff")
                    .contains("x-frame-options: deny").contains("referrer-policy:");
        }
    }
}
