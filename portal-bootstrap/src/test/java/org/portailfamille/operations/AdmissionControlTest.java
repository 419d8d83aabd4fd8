package org.portailfamille.operations;

import org.junit.jupiter.api.Test;
import org.portailfamille.PortalApplication;
import org.portailfamille.TestAccounts;
import org.portailfamille.TestClockConfiguration;
import org.portailfamille.security.Browser;
import org.portailfamille.security.Browser.Response;
import org.portailfamille.security.TestAddresses;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Admission control under overload (issue 14, ADR 0039), on the embedded database whose pool now takes the
 * {@code spring.datasource.hikari.*} settings: a page that cannot get a connection in time answers the French 503
 * page with {@code Retry-After} (never a 500), and logins beyond the password checks allowed at once are told
 * "réessayez dans un instant" on the login form, without a check and without a failure counted.
 */
@SpringBootTest(classes = {PortalApplication.class, TestClockConfiguration.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"portal.storage.certificates=${java.io.tmpdir}/portail-famille-tests/certificates",
                "portal.storage.attachments=${java.io.tmpdir}/portail-famille-tests/attachments",
                "portal.storage.documents=${java.io.tmpdir}/portail-famille-tests/documents",
                "portal.messaging.booking-reminder.enabled=false",
                "portal.trusted-proxies=127.0.0.1,::1",
                "spring.datasource.hikari.maximum-pool-size=6",
                "spring.datasource.hikari.connection-timeout=800",
                "portal.login.concurrent-checks=1", "portal.login.waiting-checks=0", "portal.login.max-wait=PT0S"})
class AdmissionControlTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    DataSource dataSource;
    @LocalServerPort
    int port;

    @Test
    void a_page_that_cannot_get_a_connection_in_time_answers_the_french_503_page_and_the_next_one_is_served()
            throws Exception {
        TestAccounts.Parent parent = new TestAccounts(context).newParent("Affluence-Test-2026");
        Browser browser = new Browser(port, TestAddresses.next());
        assertThat(browser.logIn(parent.username(), parent.password()).isRedirectTo("/famille/accueil")).isTrue();
        assertThat(browser.get("/famille/accueil").status()).isEqualTo(200);

        List<Connection> held = takeEveryConnection();
        try {
            assertThat(held).as("the pool's size came from spring.datasource.hikari.maximum-pool-size").hasSize(6);
            for (String path : new String[]{"/famille/accueil", "/famille/releve"}) {
                Response page = browser.get(path);
                assertThat(page.status()).as(path).isEqualTo(503);
                assertThat(page.header("Retry-After")).as(path).isNotNull();
                assertThat(page.body()).as(path).contains("Service momentanément indisponible", "lang=\"fr\"")
                        .doesNotContain("Exception", "at org.", "Whitelabel", "JDBC");
            }
            Response login = new Browser(port, TestAddresses.next()).get("/connexion");
            // the login page writes no session (ADR 0045): it needs no connection and is still served
            assertThat(login.status()).as("the login page, without a session").isEqualTo(200);
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        assertThat(browser.get("/famille/accueil").status()).as("served again once connections are free")
                .isEqualTo(200);
    }

    /** Borrows connections until the pool has none left within its timeout. */
    private List<Connection> takeEveryConnection() {
        List<Connection> held = new ArrayList<>();
        while (held.size() < 50) {
            try {
                held.add(dataSource.getConnection());
            } catch (SQLException noneLeft) {
                return held;
            }
        }
        throw new AssertionError("the pool never ran out");
    }

    @Test
    void logins_beyond_the_checks_allowed_at_once_are_asked_to_try_again_without_a_check_or_a_failure_counted()
            throws Exception {
        TestAccounts.Parent parent = new TestAccounts(context).newParent("Ruee-Test-2026");
        int parallel = 8;
        List<Browser> browsers = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < parallel; i++) {
            Browser browser = new Browser(port, TestAddresses.next());
            browsers.add(browser);
            tokens.add(browser.csrfTokenFrom("/connexion"));
        }
        Browser told = null;
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < parallel; i++) {
                Browser browser = browsers.get(i);
                String token = tokens.get(i);
                answers.add(pool.submit(() -> {
                    start.await();
                    return browser.post("/connexion", Map.of("identifiant", parent.username(),
                            "motDePasse", parent.password(), "_csrf", token));
                }));
            }
            start.countDown();
            int busy = 0;
            int in = 0;
            for (int i = 0; i < parallel; i++) {
                Response response = answers.get(i).get(60, TimeUnit.SECONDS);
                assertThat(response.status()).as("a redirect, never a 500").isEqualTo(302);
                if (response.location().startsWith("/connexion/file-attente?secondes=")) {
                    long seconds = Long.parseLong(response.location().substring(response.location().indexOf('=') + 1));
                    assertThat(seconds).as("the waiting room's delay (ADR 0045)").isBetween(3L, 60L);
                    told = browsers.get(i);
                    busy++;
                } else {
                    assertThat(response.location()).endsWith("/famille/accueil");
                    in++;
                }
            }
            assertThat(busy).as("one check at a time, no one waiting: the simultaneous others are told to retry")
                    .isPositive();
            assertThat(in).isPositive();
            assertThat(busy + in).isEqualTo(parallel);
        } finally {
            pool.shutdownNow();
        }

        // a browser told to retry (one that got in is sent on from the login page to its home page)
        // the waiting room, then the login form again by itself with the identifiant written (ADR 0045)
        Response page = told.get("/connexion/file-attente?secondes=4");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Refresh")).isEqualTo("4; url=/connexion?apres-attente");
        assertThat(page.mainText()).contains("Vous êtes dans la file d'attente", "Dans environ 4 secondes")
                .doesNotContain("incorrect");
        assertThat(told.cookie("SESSION")).as("waiting writes no session").isEmpty();
        Response form = told.get("/connexion?apres-attente");
        assertThat(form.mainText()).contains("C'est votre tour").doesNotContain("incorrect");
        assertThat(form.body()).contains("value=\"" + parent.username() + "\"");
        Integer failures = new JdbcTemplate(dataSource).query(
                "select failures from accounts.login_throttle where throttle_key = ?",
                rs -> rs.next() ? rs.getInt(1) : 0, "login:" + parent.username());
        assertThat(failures).as("a busy answer never counts as a failed attempt").isZero();
    }
}
