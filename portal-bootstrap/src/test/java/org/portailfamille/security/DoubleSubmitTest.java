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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, finding 2: the same rendered form posted several times at once from one session (a double click, an
 * impatient parent) has one effect, and every answer shows that effect's result: no 500, no second request, no second
 * family.
 */
@PortalIntegrationTest
class DoubleSubmitTest {

    @Autowired ApplicationContext context;
    @Autowired DataSource dataSource;
    @LocalServerPort int port;

    /** Posts the form {@code times} times at once from the browser's session. */
    static List<Response> atOnce(Browser browser, Forms.Form form, int times) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(times);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                Callable<Response> post = () -> {
                    start.await();
                    return browser.post(form.action(), form.fields());
                };
                answers.add(pool.submit(post));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> answer : answers) {
                responses.add(answer.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    int count(String sql, Object... args) {
        return new JdbcTemplate(dataSource).queryForObject(sql, Integer.class, args);
    }

    @Test
    void four_simultaneous_posts_of_a_change_form_make_one_request_and_answer_its_result_four_times() throws Exception {
        TestAccounts.Parent parent = new TestAccounts(context).newParent("Double-Clic-2026");
        Browser browser = new Browser(port, TestAddresses.next());
        browser.logIn(parent.username(), parent.password());
        String page = "/famille/mon-compte/responsable";
        Forms.Form form = Forms.postForm(browser.get(page).body(), page).with("values[mobilePhone]", "0612345678");
        assertThat(form.submissionKey()).as("every rendered form carries a submission key").isNotBlank();

        List<Response> answers = atOnce(browser, form, 4);

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.toString()).isIn(302, 303);
            assertThat(answer.location()).isEqualTo("/famille/mon-compte/responsable/demande-envoyee");
        });
        assertThat(count("select count(*) from requests.request where family_id = ?", parent.familyId().value()))
                .isEqualTo(1);
        assertThat(browser.get("/famille/mon-compte/responsable/demande-envoyee").status()).isEqualTo(200);
    }

    @Test
    void two_identical_new_account_submissions_open_one_family() throws Exception {
        TestAccounts.Staff staff = new TestAccounts(context).newStaff("Guichet-2026x");
        Browser agent = new Browser(port, TestAddresses.next());
        agent.logIn(staff.username(), staff.password());
        String page = "/gestion/familles/nouvelle";
        String lastName = "DOUBLON" + System.nanoTime() % 1_000_000;
        Forms.Form form = Forms.postForm(agent.get(page).body(), page)
                .with("values[civility]", "MADAME").with("values[lastName]", lastName)
                .with("values[firstName]", "ANNE").with("values[addressLine]", "1 RUE DU DOUBLE")
                .with("values[postcode]", "31400").with("values[city]", "SAINT-JEAN")
                .with("values[mobilePhone]", "0612345678").with("values[email]", "anne@example.org")
                .with("values[guardianRole]", "MOTHER").with("values[maritalStatus]", "SINGLE");

        List<Response> answers = atOnce(agent, form, 2);

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.toString()).isLessThan(500));
        assertThat(count("select count(*) from accounts.family where last_name = ?", lastName)).isEqualTo(1);
        assertThat(answers).as("one shows the family opened, the other is sent to that family").anySatisfy(answer ->
                assertThat(answer.status()).isEqualTo(200));
        assertThat(answers).allSatisfy(answer -> {
            if (answer.status() != 200) {
                assertThat(answer.location()).startsWith("/gestion/familles/");
            }
        });
    }

    @Test
    void concurrent_posts_of_forms_without_a_key_never_answer_500() throws Exception {
        TestAccounts.Parent parent = new TestAccounts(context).newParent("Double-Clic-2026");
        Browser browser = new Browser(port, TestAddresses.next());
        browser.logIn(parent.username(), parent.password());
        String page = "/famille/mon-compte/responsable";
        Forms.Form form = Forms.postForm(browser.get(page).body(), page).with("values[mobilePhone]", "0698765432");
        Forms.Form withoutKey = new Forms.Form(form.action(), false, new java.util.LinkedHashMap<>(form.fields()));
        withoutKey.fields().remove("_submission");

        assertThat(atOnce(browser, withoutKey, 4)).allSatisfy(answer ->
                assertThat(answer.status()).as("flash attributes saved at once: " + answer).isLessThan(500));
    }
}
