package org.portailfamille.security;

import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.portailfamille.messaging.application.port.in.Folder;
import org.portailfamille.messaging.application.port.in.MailboxOrder;
import org.portailfamille.messaging.application.port.in.MailboxQuery;
import org.portailfamille.messaging.application.port.in.ViewContactDetailsUseCase;
import org.portailfamille.messaging.application.port.in.ViewMailboxUseCase;
import org.portailfamille.messaging.application.port.in.ViewNotificationPreferencesUseCase;
import org.portailfamille.messaging.application.port.in.WriteToFacilityCommand;
import org.portailfamille.messaging.application.port.in.WriteToFacilityUseCase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input on every messaging form: a French message on the form, nothing sent or saved, never a server error;
 * texts are rendered escaped; attachments are downloads with nosniff.
 */
@PortalIntegrationTest
class MessagingFormsWebTest {

    static final String SCRIPT = "<script>alert('x')</script>";
    static final byte[] PDF = "%PDF-1.4\n% piece\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @Autowired
    ApplicationContext context;
    @LocalServerPort
    int port;

    private int conversations(TestAccounts.Parent parent, Folder folder) {
        return context.getBean(ViewMailboxUseCase.class).mailbox(new MailboxQuery(parent.familyId(), folder,
                MailboxOrder.NEWEST_FIRST)).size();
    }

    @Test
    void a_parent_s_bad_input_gets_french_messages_and_sends_nothing() {
        TestAccounts.Parent parent = new TestAccounts(context).newParent("Formulaires2026x");
        Browser browser = new Browser(port, TestAddresses.next());
        browser.logIn(parent.username(), parent.password());
        String token = browser.csrfTokenFrom("/famille/messages/nouveau");

        Browser.Response empty = browser.post("/famille/messages/nouveau", Map.of("_csrf", token));
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).contains("Choisissez une structure d&#39;accueil de la liste.",
                "Indiquez l&#39;objet du message.", "Écrivez votre message.");
        Browser.Response forged = browser.post("/famille/messages/nouveau", Map.of("_csrf", token,
                "destinataire", "' or 1=1 --", "objet", SCRIPT, "texte", "x".repeat(20_000)));
        assertThat(forged.status()).isEqualTo(200);
        assertThat(forged.body()).contains("Choisissez une structure d&#39;accueil de la liste.",
                "Le message ne doit pas dépasser 10 000 caractères.").doesNotContain(SCRIPT);
        Browser.Response notPdf = browser.postMultipart("/famille/messages/nouveau", Map.of("_csrf", token,
                "destinataire", "mairie", "objet", "Objet", "texte", "Texte"), "pieces", "photo.png", "image/png",
                "pas une image".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(notPdf.status()).isEqualTo(200);
        assertThat(notPdf.body()).contains("Le fichier « photo.png » n&#39;est pas un PDF, une image JPEG ou PNG.");
        byte[] six = new byte[6 * 1024 * 1024];
        System.arraycopy(PDF, 0, six, 0, PDF.length);
        Browser.Response tooLarge = browser.postMultipart("/famille/messages/nouveau", Map.of("_csrf", token,
                "destinataire", "mairie", "objet", "Objet", "texte", "Texte"), "pieces", "gros.pdf",
                "application/pdf", six);
        assertThat(tooLarge.status()).isEqualTo(200);
        assertThat(tooLarge.body()).contains("Le fichier « gros.pdf » dépasse 5 Mo.");
        byte[] twelve = new byte[12 * 1024 * 1024];
        Browser.Response overLimit = browser.postMultipart("/famille/messages/nouveau", Map.of("_csrf", token,
                "destinataire", "mairie", "objet", "Objet", "texte", "Texte"), "pieces", "enorme.pdf",
                "application/pdf", twelve);
        assertThat(overLimit.status()).as("over the server's multipart limit").isLessThan(500);
        assertThat(conversations(parent, Folder.SENT)).as("nothing sent").isZero();

        var written = context.getBean(WriteToFacilityUseCase.class).writeToFacility(new WriteToFacilityCommand(
                parent.familyId(), null, parent.displayName(), "Bonjour " + SCRIPT, "Texte " + SCRIPT
                + " voir https://exemple.fr/a?b=1&c=\"><b>x</b>", List.of(
                new org.portailfamille.messaging.application.port.in.AttachmentUpload("piece.pdf", PDF))));
        String path = "/famille/messages/" + written.conversationId();
        Browser.Response page = browser.get(path);
        assertThat(page.body()).doesNotContain(SCRIPT, "<b>x</b>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .contains("href=\"https://exemple.fr/a?b=1&amp;c=\"").contains("rel=\"noopener noreferrer\"");
        Browser.Response reply = browser.post(path, Map.of("_csrf", token, "texte", "   "));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("Écrivez votre message.");
        var view = context.getBean(org.portailfamille.messaging.application.port.in.ReadConversationUseCase.class)
                .openConversation(parent.familyId(), written.conversationId()).orElseThrow();
        assertThat(view.messages()).hasSize(1);
        String attachment = path + "/pieces-jointes/" + view.messages().get(0).attachments().get(0).id();
        Browser.Response download = browser.get(attachment);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Disposition")).startsWith("attachment");
        assertThat(download.headers("X-Content-Type-Options")).contains("nosniff");

        var before = context.getBean(ViewNotificationPreferencesUseCase.class).notificationPreferences(parent.familyId());
        Browser.Response unknownAdult = browser.post("/famille/messages/preferences", Map.of("_csrf", token,
                "adulte", "VOISIN", "courriel", "NEW_MESSAGE"));
        assertThat(unknownAdult.status()).isEqualTo(200);
        assertThat(unknownAdult.body()).contains("Cette personne ne figure pas sur votre fiche famille.");
        assertThat(context.getBean(ViewNotificationPreferencesUseCase.class).notificationPreferences(parent.familyId()))
                .as("nothing saved").isEqualTo(before);
    }

    @Test
    void staff_bad_input_gets_french_messages_and_changes_nothing() {
        TestAccounts.Staff staff = new TestAccounts(context).newStaff("Formulaires2026y");
        Browser browser = new Browser(port, TestAddresses.next());
        browser.logIn(staff.username(), staff.password());
        String token = browser.csrfTokenFrom("/gestion/messages/ecrire");

        Browser.Response unknownFamily = browser.post("/gestion/messages/ecrire", Map.of("_csrf", token,
                "famille", "999999999999", "structure", "mairie", "objet", "Objet", "texte", "Texte"));
        assertThat(unknownFamily.status()).isEqualTo(200);
        assertThat(unknownFamily.body()).contains("Aucune famille ne porte ce numéro");
        Browser.Response broadcast = browser.post("/gestion/messages/diffuser", Map.of("_csrf", token,
                "cible", "activite", "structure", UUID.randomUUID().toString(), "activite", "x",
                "envoi", UUID.randomUUID().toString()));
        assertThat(broadcast.status()).isEqualTo(200);
        assertThat(broadcast.body()).contains("Choisissez l&#39;activité dont les familles seront prévenues.");
        Browser.Response unknownAudience = browser.post("/gestion/messages/diffuser", Map.of("_csrf", token,
                "cible", "structure", "structure", UUID.randomUUID().toString(), "objet", "Objet", "texte", "Texte",
                "envoi", UUID.randomUUID().toString()));
        assertThat(unknownAudience.status()).isEqualTo(200);
        assertThat(unknownAudience.body()).contains("Choisissez une structure, une activité de cette structure");

        var before = context.getBean(ViewContactDetailsUseCase.class).contactDirectory();
        Browser.Response contact = browser.post("/gestion/messages/coordonnees", Map.of("_csrf", token,
                "structure", "mairie", "adresse", SCRIPT, "telephone", "abc", "courriel", "pas-une-adresse"));
        assertThat(contact.status()).isEqualTo(200);
        assertThat(contact.body()).contains("Le numéro de téléphone n&#39;est pas valide",
                "L&#39;adresse électronique n&#39;est pas valide").doesNotContain(SCRIPT);
        Browser.Response forgedDesk = browser.post("/gestion/messages/coordonnees", Map.of("_csrf", token,
                "structure", "n'importe quoi", "telephone", "05 61 00 00 00"));
        assertThat(forgedDesk.status()).isEqualTo(200);
        assertThat(forgedDesk.body()).contains("Choisissez une structure d&#39;accueil de la liste.");
        // the directory is cached for a few seconds (ADR 0036) and other tests add and rename facilities: compare
        // what a refused form could have changed, the contact details of the entries known before
        var after = context.getBean(ViewContactDetailsUseCase.class).contactDirectory();
        assertThat(after.municipality()).isEqualTo(before.municipality());
        for (var facility : before.facilities()) {
            assertThat(after.facilities()).filteredOn(f -> java.util.Objects.equals(f.facilityId(), facility.facilityId()))
                    .extracting(f -> f.address() + "|" + f.phone() + "|" + f.email())
                    .containsExactly(facility.address() + "|" + facility.phone() + "|" + facility.email());
        }

        assertThat(browser.get("/gestion/messages/mairie/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(browser.get("/gestion/messages/pas-une-structure/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(browser.post("/gestion/messages/echecs/" + UUID.randomUUID() + "/renvoyer", Map.of("_csrf", token))
                .status()).isEqualTo(404);
    }
}
