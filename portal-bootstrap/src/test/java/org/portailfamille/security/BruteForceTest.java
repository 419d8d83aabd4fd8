package org.portailfamille.security;

import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.portailfamille.TestClock;
import org.portailfamille.accounts.application.port.in.LogInCommand;
import org.portailfamille.accounts.application.port.in.LogInResult;
import org.portailfamille.accounts.application.port.in.LogInUseCase;
import org.portailfamille.accounts.domain.LoginThrottlePolicy;
import org.portailfamille.security.Browser.Response;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Brute force: failures on one login, or from one address, bring a growing delay — with the same answers for an
 * unknown login — and never a permanent lockout. Every attempt comes from its own fake address (except in the
 * per-address test), and only this test's own logins ever fail.
 */
@PortalIntegrationTest
class BruteForceTest {

    private static final String WRONG = "Mauvais-Passe-1";

    @Autowired
    ApplicationContext context;
    @Autowired
    DataSource dataSource;
    @LocalServerPort
    int port;

    /** One attempt from a fresh browser at a fresh address: only the per-login counter is involved. */
    Response attempt(String username, String password) {
        return new Browser(port, TestAddresses.next()).logIn(username, password);
    }

    /**
     * Dates the key's last failure {@code seconds} ago. The delay runs from the start of the last failed
     * attempt, whose password check takes a variable time on a busy machine: pinning it makes the expected
     * answers exact without depending on the machine's speed.
     */
    void lastFailureSecondsAgo(String key, double seconds) {
        int updated = new JdbcTemplate(dataSource).update("update accounts.login_throttle "
                + "set last_failure_at = now() - make_interval(secs => ?) where throttle_key = ?", seconds, key);
        assertThat(updated).as("counter " + key).isEqualTo(1);
    }

    /** The answers to the sequence of attempts of the growing-delay test, for one login. */
    List<String> failureSequence(String username, String rightPassword) {
        String key = "login:" + username;
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < LoginThrottlePolicy.FREE_FAILURES_PER_LOGIN; i++) {
            answers.add(attempt(username, WRONG).location());
        }
        lastFailureSecondsAgo(key, 0);
        answers.add(attempt(username, WRONG).location());          // within the 1 s delay
        lastFailureSecondsAgo(key, 1.1);
        answers.add(attempt(username, WRONG).location());          // delay over: tried, and counted
        lastFailureSecondsAgo(key, 0);
        answers.add(attempt(username, WRONG).location());          // within the new, doubled delay
        lastFailureSecondsAgo(key, 0);
        answers.add(attempt(username, rightPassword).location());  // even the right password waits
        return answers;
    }

    @Test
    void failures_on_one_login_bring_a_growing_delay_the_same_for_an_unknown_login_and_no_lockout()
            throws InterruptedException {
        TestAccounts.Parent parent = new TestAccounts(context).newParent("Patience-Test-2026");
        String unknown = "inconnu." + System.nanoTime();

        List<String> known = failureSequence(parent.username(), parent.password());
        List<String> unknownAnswers = failureSequence(unknown, parent.password());

        assertThat(known).containsExactly("/connexion?erreur", "/connexion?erreur", "/connexion?erreur",
                "/connexion?attente=1", "/connexion?erreur", "/connexion?attente=2", "/connexion?attente=2");
        assertThat(unknownAnswers).as("an unknown login gets exactly the same answers").isEqualTo(known);
        assertThat(new Browser(port, TestAddresses.next()).get("/connexion?attente=2").mainText())
                .contains("Patientez 2 seconde(s)");

        // the 2 s delay passes (the portal's clock moves on) and the right password works — no lockout
        lastFailureSecondsAgo("login:" + parent.username(), 0);
        TestClock.PORTAL.advance(Duration.ofMillis(2_100));
        assertThat(attempt(parent.username(), parent.password()).isRedirectTo("/famille/accueil"))
                .as("after the delay the right password works: no lockout").isTrue();
        assertThat(attempt(parent.username(), WRONG).location()).as("a success clears the login's counter")
                .isEqualTo("/connexion?erreur");
    }

    @Test
    void failures_from_one_address_bring_a_delay_for_that_address_only() {
        TestAccounts.Parent parent = new TestAccounts(context).newParent("Adresse-Test-2026");
        String address = TestAddresses.next();
        for (int i = 0; i < LoginThrottlePolicy.FREE_FAILURES_PER_ADDRESS; i++) {
            Response failure = new Browser(port, address).logIn("essai" + i + "." + System.nanoTime(), WRONG);
            assertThat(failure.location()).as("failure " + (i + 1)).isEqualTo("/connexion?erreur");
        }
        lastFailureSecondsAgo("address:" + address, 0);

        Response throttled = new Browser(port, address).logIn(parent.username(), parent.password());
        assertThat(throttled.location()).isEqualTo("/connexion?attente=1");
        assertThat(attempt(parent.username(), parent.password()).isRedirectTo("/famille/accueil"))
                .as("the same login from another address is not held back").isTrue();

        lastFailureSecondsAgo("address:" + address, 1.1);
        assertThat(new Browser(port, address).logIn(parent.username(), parent.password())
                .isRedirectTo("/famille/accueil")).as("after the delay the address may log in again").isTrue();
    }

    @Test
    void one_failed_login_counts_one_failure_for_the_login_and_one_for_the_address() {
        TestAccounts.Parent parent = new TestAccounts(context).newParent("Compte-Test-2026");
        Browser browser = new Browser(port, TestAddresses.next());
        assertThat(browser.logIn(parent.username(), WRONG).location()).isEqualTo("/connexion?erreur");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String sql = "select failures from accounts.login_throttle where throttle_key = ?";
        assertThat(jdbc.queryForObject(sql, Integer.class, "login:" + parent.username())).isEqualTo(1);
        assertThat(jdbc.queryForObject(sql, Integer.class, "address:" + browser.address())).isEqualTo(1);
    }

    @Test
    void parallel_attempts_on_one_login_get_no_more_guesses_than_sequential_ones() throws Exception {
        TestAccounts.Parent parent = new TestAccounts(context).newParent("Parallele-Test-2026");
        int parallel = 12;
        List<Browser> browsers = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < parallel; i++) {
            Browser browser = new Browser(port, TestAddresses.next());
            browsers.add(browser);
            tokens.add(browser.csrfTokenFrom("/connexion"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < parallel; i++) {
                Browser browser = browsers.get(i);
                String token = tokens.get(i);
                answers.add(pool.submit(() -> {
                    start.await();
                    return browser.post("/connexion", Map.of("identifiant", parent.username(), "motDePasse", WRONG,
                            "_csrf", token));
                }));
            }
            start.countDown();
            int guesses = 0;
            for (Future<Response> answer : answers) {
                String location = answer.get(60, TimeUnit.SECONDS).location();
                assertThat(location).startsWith("/connexion?");
                if (location.equals("/connexion?erreur")) {
                    guesses++;
                }
            }
            assertThat(guesses).as("passwords actually tried out of " + parallel + " simultaneous attempts")
                    .isLessThanOrEqualTo(LoginThrottlePolicy.FREE_FAILURES_PER_LOGIN);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void an_unknown_login_costs_the_same_time_as_a_known_one() {
        LogInUseCase logIn = context.getBean(LogInUseCase.class);
        TestAccounts accounts = new TestAccounts(context);
        int samples = 7;
        List<TestAccounts.Parent> parents = new ArrayList<>();
        for (int i = 0; i < samples + 1; i++) {
            parents.add(accounts.newParent("Chrono-Test-2026"));
        }
        logIn.logIn(new LogInCommand(parents.get(samples).username(), WRONG, TestAddresses.next())); // warm-up
        long[] known = new long[samples];
        long[] unknown = new long[samples];
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            assertThat(logIn.logIn(new LogInCommand(parents.get(i).username(), WRONG, TestAddresses.next())))
                    .isInstanceOf(LogInResult.Rejected.class);
            known[i] = System.nanoTime() - start;
            start = System.nanoTime();
            assertThat(logIn.logIn(new LogInCommand("inconnu." + System.nanoTime(), WRONG, TestAddresses.next())))
                    .isInstanceOf(LogInResult.Rejected.class);
            unknown[i] = System.nanoTime() - start;
        }
        Arrays.sort(known);
        Arrays.sort(unknown);
        double ratio = (double) unknown[samples / 2] / known[samples / 2];
        assertThat(ratio).as("median time of an unknown login / of a known one (%d ms / %d ms)",
                unknown[samples / 2] / 1_000_000, known[samples / 2] / 1_000_000).isBetween(0.4, 2.5);
    }

    @Test
    void the_delay_has_a_ceiling() {
        assertThat(LoginThrottlePolicy.delayAfter(10_000, LoginThrottlePolicy.FREE_FAILURES_PER_LOGIN))
                .isLessThanOrEqualTo(Duration.ofMinutes(15));
        assertThat(LoginThrottlePolicy.delayAfter(Integer.MAX_VALUE, 0)).isLessThanOrEqualTo(Duration.ofMinutes(15));
    }
}
