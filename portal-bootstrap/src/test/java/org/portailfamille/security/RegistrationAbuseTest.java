package org.portailfamille.security;

import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestClock;
import org.portailfamille.security.Browser.Response;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, finding 9: the registration form's time stamp is good only in the session it was shown to (it cannot be
 * replayed from elsewhere), and one address gets at most three confirmation mails a day however many forms name it.
 */
@PortalIntegrationTest
class RegistrationAbuseTest {

    @Autowired ApplicationContext context;
    @Autowired DataSource dataSource;
    @LocalServerPort int port;

    static Forms.Form filled(String html, String lastName, String email) {
        return Forms.postForm(html, "/inscription")
                .with("values[civility]", "MADAME").with("values[lastName]", lastName)
                .with("values[firstName]", "CLARA").with("values[addressLine]", "3 RUE DU TEST")
                .with("values[postcode]", "31400").with("values[city]", "SAINT-JEAN")
                .with("values[mobilePhone]", "0612345678").with("values[email]", email)
                .with("values[guardianRole]", "MOTHER").with("values[maritalStatus]", "SINGLE");
    }

    int registrationsNamed(String lastName) {
        return new JdbcTemplate(dataSource).queryForObject("select count(*) from requests.request r join "
                + "requests.request_payload p on p.request_id = r.id where r.type = 'accounts.registration' "
                + "and p.key = 'lastName' and p.value = ?", Integer.class, lastName);
    }

    @Test
    void a_time_stamp_shown_to_one_session_is_refused_in_another() {
        String lastName = "REJEU" + System.nanoTime() % 1_000_000;
        Browser shownTo = new Browser(port, TestAddresses.next());
        Forms.Form form = filled(shownTo.get("/inscription").body(), lastName, "rejeu@example.org");
        TestClock.PORTAL.advance(Duration.ofMinutes(2));

        Browser elsewhere = new Browser(port, TestAddresses.next());
        String token = elsewhere.csrfTokenFrom("/inscription");
        Forms.Form replayed = form.with("_csrf", token);
        Response answer = elsewhere.post("/inscription", replayed.fields());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.mainText()).contains("Il y a un problème");
        assertThat(registrationsNamed(lastName)).isZero();

        Response genuine = shownTo.post("/inscription", form.fields());
        assertThat(genuine.mainText()).doesNotContain("Il y a un problème");
        assertThat(registrationsNamed(lastName)).isEqualTo(1);
    }

    @Test
    void one_address_gets_at_most_three_confirmation_mails_a_day() {
        String email = "boite" + System.nanoTime() % 1_000_000 + "@example.org";
        for (int i = 0; i < 5; i++) {
            Browser visitor = new Browser(port, TestAddresses.next());
            Forms.Form form = filled(visitor.get("/inscription").body(), "SPAM" + i + System.nanoTime() % 1000, email);
            TestClock.PORTAL.advance(Duration.ofMinutes(1));
            Response answer = visitor.post("/inscription", form.fields());
            assertThat(answer.mainText()).as("application " + i).doesNotContain("Il y a un problème");
        }
        assertThat(new Mailbox(context).mailsTo(email)).hasSize(3);
    }
}
