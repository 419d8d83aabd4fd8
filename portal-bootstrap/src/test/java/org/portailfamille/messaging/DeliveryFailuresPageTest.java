package org.portailfamille.messaging;

import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.portailfamille.platform.outbox.Outbox;
import org.portailfamille.platform.outbox.OutboxEntry;
import org.portailfamille.platform.outbox.OutboxStatus;
import org.portailfamille.platform.outbox.OutgoingNotification;
import org.portailfamille.security.Browser;
import org.portailfamille.security.TestAddresses;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * "A failed address recorded and shown to staff": an e-mail the mail server cannot take ends FAILED in the outbox,
 * and the staff page "Notifications non distribuées" lists its address, subject and error; "Renvoyer" puts it back
 * in the queue.
 */
@PortalIntegrationTest
class DeliveryFailuresPageTest {

    @Autowired ApplicationContext context;
    @Autowired Outbox outbox;
    @LocalServerPort int port;

    @Test
    void a_refused_address_is_listed_on_the_staff_failures_page_and_can_be_sent_again() {
        String key = "failures-page-" + System.nanoTime();
        String address = "adresse." + System.nanoTime() + "@@invalide";
        outbox.enqueue(OutgoingNotification.email(key, address, "Décision sur votre demande", "Texte", "family:test"));
        await().atMost(Duration.ofSeconds(20)).until(() -> outbox.byKey(key)
                .filter(entry -> entry.status() == OutboxStatus.FAILED).isPresent());

        TestAccounts.Staff staff = new TestAccounts(context).newStaff("Echecs2026x");
        Browser browser = new Browser(port, TestAddresses.next());
        browser.logIn(staff.username(), staff.password());
        Browser.Response page = browser.get("/gestion/messages/echecs");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.mainText()).contains(address, "Décision sur votre demande", "Renvoyer");

        OutboxEntry failed = outbox.byKey(key).orElseThrow();
        Browser.Response retried = browser.post("/gestion/messages/echecs/" + failed.id() + "/renvoyer",
                Map.of("_csrf", browser.csrfTokenFrom("/gestion/messages/echecs")));
        assertThat(retried.isRedirectTo("/gestion/messages/echecs")).isTrue();
        assertThat(outbox.byKey(key).orElseThrow().attempts()).as("queued again, attempts reset").isLessThanOrEqualTo(1);
    }
}
