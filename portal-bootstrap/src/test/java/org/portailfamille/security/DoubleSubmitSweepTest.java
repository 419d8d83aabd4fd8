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
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The double-submit sweep (issue 13): every state-changing route, read from the handler mappings (a new form is
 * covered without editing this test), is posted twice at once from one session with one submission key, with the
 * values its own page renders when it has one. For each: no server error; when the two answers are redirects, to the
 * same place; and exactly one effect: either the submission was recorded once (the second answer was sent to the
 * first one's result and never ran), or it changed nothing at all (no row added or removed in any business table).
 */
@PortalIntegrationTest
class DoubleSubmitSweepTest {

    /** Routes that are not forms of a page: the login and logout (Spring Security's), the error page, the actuator. */
    static final Set<String> NOT_FORMS = Set.of("/connexion", "/deconnexion", "/error");
    static final SecureRandom RANDOM = new SecureRandom();

    @Autowired ApplicationContext context;
    @Autowired DataSource dataSource;
    @LocalServerPort int port;

    JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource);
    }

    /**
     * The number of rows of every business table (a change anywhere moves it), once nothing moves any more. The
     * throttle counters are left out: counting a refused attempt (a wrong current password) is the brute-force
     * protection at work, not an effect the user asked for, and it must count every attempt.
     */
    long fingerprint() throws InterruptedException {
        List<String> tables = jdbc().queryForList("select table_schema || '.' || table_name from information_schema.tables"
                + " where table_schema in ('accounts', 'planning', 'billing', 'messaging', 'requests')"
                + " and table_type = 'BASE TABLE' and table_name not like '%throttle%'", String.class);
        String sql = "select " + String.join(" + ", tables.stream()
                .map(table -> "(select count(*) from " + table + ")").toList());
        long previous = jdbc().queryForObject(sql, Long.class);
        for (int i = 0; i < 15; i++) {
            Thread.sleep(100); // after-commit listeners (messages, outbox) may still be adding rows
            long now = jdbc().queryForObject(sql, Long.class);
            if (now == previous) {
                return now;
            }
            previous = now;
        }
        return previous;
    }

    static String newKey() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    boolean recorded(String key) {
        return jdbc().queryForObject("select count(*) from platform.form_submission where submission_key = ?",
                Integer.class, key) == 1;
    }

    @Test
    void every_state_changing_route_posted_twice_at_once_has_one_effect_and_no_server_error() throws Exception {
        TestAccounts accounts = new TestAccounts(context);
        TestAccounts.Parent parent = accounts.newParent("Double-Sweep-2026");
        TestAccounts.Staff staff = accounts.newStaff("Double-Sweep-2026");
        List<Routes.Route> routes = Routes.all(context).stream()
                .filter(Routes.Route::isStateChanging)
                .filter(route -> !NOT_FORMS.contains(route.pattern()) && !route.isUnder("/actuator"))
                .toList();
        assertThat(routes).as("state-changing routes found in the handler mappings").hasSizeGreaterThan(20);
        List<String> problems = new ArrayList<>();
        for (Routes.Route route : routes) {
            Browser browser = new Browser(port, TestAddresses.next());
            String home;
            if (route.isUnder("/gestion")) {
                browser.logIn(staff.username(), staff.password());
                home = "/gestion/accueil";
            } else if (route.isUnder("/famille") || route.isUnder("/mot-de-passe/changer")) {
                browser.logIn(parent.username(), parent.password());
                home = "/famille/accueil";
            } else {
                home = "/connexion";
            }
            String path = route.samplePath();
            Response page = browser.get(path);
            Map<String, String> fields = new LinkedHashMap<>();
            if (page.status() == 200) {
                Forms.postForms(page.body()).stream()
                        .filter(form -> form.action().equals(path) || form.action().startsWith(path + "?"))
                        .findFirst().ifPresent(form -> fields.putAll(form.fields()));
            }
            String token = page.csrfToken().orElseGet(() -> browser.csrfTokenFrom(home));
            String key = newKey();
            fields.put("_csrf", token);
            fields.put("_submission", key);

            long before = fingerprint();
            List<Response> answers = DoubleSubmitTest.atOnce(browser, new Forms.Form(path, false, fields), 2);
            long after = fingerprint();

            for (Response answer : answers) {
                if (answer.status() >= 500) {
                    problems.add(route.key() + ": " + answer);
                }
            }
            Response first = answers.get(0);
            Response second = answers.get(1);
            if (first.status() / 100 == 3 && second.status() / 100 == 3
                    && !java.util.Objects.equals(first.location(), second.location())) {
                problems.add(route.key() + ": two results " + first + " and " + second);
            }
            if (!recorded(key) && after != before) {
                problems.add(route.key() + ": changed " + (after - before) + " rows without being recorded once");
            }
        }
        assertThat(problems).as("routes posted twice at once").isEmpty();
    }
}
