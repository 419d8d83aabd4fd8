package org.portailfamille.planning;

import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.portailfamille.messaging.application.port.in.Folder;
import org.portailfamille.messaging.application.port.in.MailboxOrder;
import org.portailfamille.messaging.application.port.in.MailboxQuery;
import org.portailfamille.messaging.application.port.in.ViewMailboxUseCase;
import org.portailfamille.planning.DemandsFixture.Kid;
import org.portailfamille.planning.application.port.in.BookDayCommand;
import org.portailfamille.planning.application.port.in.BookDayResult;
import org.portailfamille.planning.application.port.in.BookDayUseCase;
import org.portailfamille.security.Browser;
import org.portailfamille.security.TestAddresses;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads over 10 MB (once the multipart limit, read by the CSRF filter before any controller: a bare 413 or 403)
 * get the form's French "dépasse 5 Mo" and store nothing; bodies over the server's hard ceiling get the portal's
 * own French 413 page with its security headers. Real HTTP posts.
 */
@PortalIntegrationTest
class OversizedUploadsWebTest {

    static final int ELEVEN_MB = 11 * 1024 * 1024;

    @Autowired ApplicationContext context;
    @LocalServerPort int port;

    static byte[] pdfOf(int size) {
        byte[] content = new byte[size];
        System.arraycopy(DemandsFixture.PDF, 0, content, 0, DemandsFixture.PDF.length);
        return content;
    }

    Browser loggedIn(TestAccounts.Parent parent) {
        Browser browser = new Browser(port, TestAddresses.next());
        assertThat(browser.logIn(parent.username(), parent.password()).isRedirectTo("/famille/accueil")).isTrue();
        return browser;
    }

    int sent(TestAccounts.Parent parent) {
        return context.getBean(ViewMailboxUseCase.class).mailbox(new MailboxQuery(parent.familyId(), Folder.SENT,
                MailboxOrder.NEWEST_FIRST)).size();
    }

    @Test
    void an_eleven_megabyte_certificate_gets_the_absence_form_s_french_message_and_nothing_is_stored() {
        DemandsFixture fixture = new DemandsFixture(context);
        UUID activity = fixture.newActivity(5, "CONFIRMED_AT_ONCE");
        Kid kid = fixture.newKid(activity, "OSCAR");
        LocalDate day = PlanningFixture.openDays(1).get(0);
        assertThat(context.getBean(BookDayUseCase.class).bookDay(new BookDayCommand(kid.parent().familyId(),
                kid.child(), activity, day, kid.parent().username())).outcome()).isEqualTo(BookDayResult.Outcome.BOOKED);
        String form = "/famille/enfants/" + kid.child() + "/absences/nouvelle?activite=" + activity + "&jour=" + day;
        Browser browser = loggedIn(kid.parent());

        Browser.Response response = browser.postMultipart(form, Map.of("_csrf", browser.csrfTokenFrom(form),
                "etape", "confirmer", "motif", "ILLNESS", "commentaire", "Varicelle"), "certificat", "scan.pdf",
                "application/pdf", pdfOf(ELEVEN_MB));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.mainText()).contains("Le certificat dépasse 5 Mo");
        assertThat(fixture.absencesOf(kid.child())).isZero();
        assertThat(fixture.certificatesOf(kid.child())).isZero();
    }

    @Test
    void an_eleven_megabyte_attachment_gets_the_message_form_s_french_message_and_nothing_is_sent() {
        TestAccounts.Parent parent = new TestAccounts(context).newParent("Volumineux2026");
        Browser browser = loggedIn(parent);
        String token = browser.csrfTokenFrom("/famille/messages/nouveau");

        Browser.Response response = browser.postMultipart("/famille/messages/nouveau", Map.of("_csrf", token,
                "destinataire", "mairie", "objet", "Objet", "texte", "Texte"), "pieces", "enorme.pdf",
                "application/pdf", pdfOf(ELEVEN_MB));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("Le fichier « enorme.pdf » dépasse 5 Mo.");
        assertThat(sent(parent)).as("nothing sent").isZero();
    }

    @Test
    void a_body_over_the_hard_ceiling_gets_the_portal_s_french_413_page_with_its_security_headers() {
        TestAccounts.Parent parent = new TestAccounts(context).newParent("Volumineux2027");
        Browser browser = loggedIn(parent);
        String token = browser.csrfTokenFrom("/famille/messages/nouveau");

        Browser.Response response = browser.postMultipart("/famille/messages/nouveau", Map.of("_csrf", token,
                "destinataire", "mairie", "objet", "Objet", "texte", "Texte"), "pieces", "immense.pdf",
                "application/pdf", pdfOf(27 * 1024 * 1024));

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.body()).contains("<html lang=\"fr\"", "Fichier trop volumineux", "au plus 5 Mo");
        assertThat(response.headers("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.header("Content-Security-Policy")).isNotBlank();
        assertThat(response.headers("X-Frame-Options")).contains("DENY");
        assertThat(sent(parent)).as("nothing sent").isZero();
    }
}
