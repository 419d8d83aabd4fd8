package org.portailfamille.security;

import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.portailfamille.accounts.application.port.in.ListStaffLoginsUseCase;
import org.portailfamille.messaging.application.port.in.AttachmentUpload;
import org.portailfamille.messaging.application.port.in.ConversationView;
import org.portailfamille.messaging.application.port.in.ReadConversationUseCase;
import org.portailfamille.messaging.application.port.in.WriteToFacilityCommand;
import org.portailfamille.messaging.application.port.in.WriteToFacilityUseCase;
import org.portailfamille.planning.application.port.in.SetUpFacilityCommand;
import org.portailfamille.planning.application.port.in.SetUpFacilityUseCase;
import org.portailfamille.planning.application.port.in.ViewStaffFacilitiesUseCase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ADR 0025: staff see their facilities' conversations only. A member of staff of facility A gets 404 on every
 * messaging route of a conversation of facility B (page, reply, take, handle, reopen, attachment), never sees B's
 * desk in the inbox, the write form or the broadcast, cannot broadcast to B, and gets 403 on the administrators'
 * pages (failures, contacts, "Agents et sites"); B's own staff and an administrator do see it. An administrator
 * assigns sites on "Agents et sites".
 */
@PortalIntegrationTest
class StaffFacilityIsolationTest {

    static final byte[] PDF = "%PDF-1.4\n% piece\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    ApplicationContext context;
    @LocalServerPort
    int port;

    Browser logIn(TestAccounts.Staff staff) {
        Browser browser = new Browser(port, TestAddresses.next());
        browser.logIn(staff.username(), staff.password());
        return browser;
    }

    ConversationView conversation(TestAccounts.Parent parent, UUID id) {
        return context.getBean(ReadConversationUseCase.class).openConversation(parent.familyId(), id).orElseThrow();
    }

    @Test
    void a_member_of_staff_of_another_facility_reaches_none_of_its_conversations() {
        long n = System.nanoTime();
        SetUpFacilityUseCase facilities = context.getBean(SetUpFacilityUseCase.class);
        UUID siteA = facilities.setUpFacility(new SetUpFacilityCommand("Site A " + n));
        UUID siteB = facilities.setUpFacility(new SetUpFacilityCommand("Site B " + n));
        TestAccounts accounts = new TestAccounts(context);
        TestAccounts.Parent parent = accounts.newParent("Isolement2026p");
        String subject = "Question pour le site B " + n;
        UUID conversationId = context.getBean(WriteToFacilityUseCase.class).writeToFacility(new WriteToFacilityCommand(
                parent.familyId(), siteB, parent.displayName(), subject, "Bonjour",
                List.of(new AttachmentUpload("piece.pdf", PDF)))).conversationId();
        UUID attachmentId = conversation(parent, conversationId).messages().get(0).attachments().get(0).id();
        String onB = "/gestion/messages/" + siteB + "/" + conversationId;
        String onA = "/gestion/messages/" + siteA + "/" + conversationId;

        TestAccounts.Staff staffA = accounts.newStaffOf("Isolement2026a", siteA);
        Browser a = logIn(staffA);
        String token = a.csrfTokenFrom("/gestion/messages/ecrire");

        Browser.Response inbox = a.get("/gestion/messages?structure=" + siteB);
        assertThat(inbox.status()).isEqualTo(200);
        assertThat(inbox.body()).contains("Site A " + n).doesNotContain("Site B " + n, subject, siteB.toString());
        assertThat(a.get("/gestion/messages?structure=mairie").body())
                .as("the municipality's desk is the administrators'").doesNotContain("Messages : Mairie");
        for (String path : List.of(onB, onA, onB + "/pieces-jointes/" + attachmentId,
                onA + "/pieces-jointes/" + attachmentId, "/gestion/messages/mairie/" + conversationId)) {
            assertThat(a.get(path).status()).as("GET " + path).isEqualTo(404);
        }
        for (String path : List.of(onB, onA)) {
            assertThat(a.post(path, Map.of("_csrf", token, "texte", "Réponse")).status()).as("POST " + path)
                    .isEqualTo(404);
            for (String action : List.of("prendre", "traiter", "rouvrir")) {
                assertThat(a.post(path + "/" + action, Map.of("_csrf", token)).status()).as(path + "/" + action)
                        .isEqualTo(404);
            }
        }
        assertThat(a.get("/gestion/messages/ecrire").body()).doesNotContain(siteB.toString(), "Site B " + n);
        Browser.Response writeToB = a.post("/gestion/messages/ecrire", Map.of("_csrf", token,
                "famille", parent.familyNumber(), "structure", siteB.toString(), "objet", "Objet", "texte", "Texte"));
        assertThat(writeToB.status()).isEqualTo(200);
        assertThat(writeToB.body()).contains("Choisissez une structure d&#39;accueil de la liste.");
        assertThat(a.get("/gestion/messages/diffuser").body()).contains("Site A " + n)
                .doesNotContain("Site B " + n);
        assertThat(a.post("/gestion/messages/diffuser", Map.of("_csrf", token, "cible", "structure",
                "structure", siteB.toString(), "objet", "Objet", "texte", "Texte",
                "envoi", UUID.randomUUID().toString())).status()).isEqualTo(404);
        for (String path : List.of("/gestion/messages/echecs", "/gestion/messages/coordonnees", "/gestion/agents")) {
            assertThat(a.get(path).status()).as("GET " + path).isEqualTo(403);
        }
        assertThat(a.post("/gestion/messages/echecs/" + UUID.randomUUID() + "/renvoyer", Map.of("_csrf", token))
                .status()).isEqualTo(403);
        assertThat(a.post("/gestion/messages/coordonnees", Map.of("_csrf", token, "structure", siteB.toString(),
                "telephone", "05 61 00 00 00")).status()).isEqualTo(403);
        UUID loginA = context.getBean(ListStaffLoginsUseCase.class).staffLogins().stream()
                .filter(login -> login.username().equals(staffA.username())).findFirst().orElseThrow().loginId();
        assertThat(a.post("/gestion/agents/" + loginA, Map.of("_csrf", token, "tous", "oui")).status())
                .as("cannot widen their own sites").isEqualTo(403);
        ConversationView after = conversation(parent, conversationId);
        assertThat(after.messages()).as("nothing replied").hasSize(1);
        assertThat(context.getBean(ViewStaffFacilitiesUseCase.class).staffFacilities(loginA).allFacilities()).isFalse();

        // B's staff see it, and download its attachment
        Browser b = logIn(accounts.newStaffOf("Isolement2026b", siteB));
        assertThat(b.get(onB).status()).isEqualTo(200);
        assertThat(b.get(onB).body()).contains(subject);
        assertThat(b.getBytes(onB + "/pieces-jointes/" + attachmentId).status()).isEqualTo(200);
        assertThat(b.get("/gestion/messages?structure=mairie").body()).doesNotContain("Messages : Mairie");

        // an administrator sees every desk, and gives A's member of staff site B as well
        Browser admin = logIn(accounts.newStaff("Isolement2026c"));
        assertThat(admin.get(onB).status()).isEqualTo(200);
        assertThat(admin.get("/gestion/messages?structure=mairie").status()).isEqualTo(200);
        String adminToken = admin.csrfTokenFrom("/gestion/agents");
        Browser.Response agents = admin.get("/gestion/agents");
        assertThat(agents.status()).isEqualTo(200);
        assertThat(agents.body()).contains(staffA.username(), "Tous les sites (administrateur)");
        Browser.Response saved = admin.post("/gestion/agents/" + loginA, Map.of("_csrf", adminToken,
                "structures", siteB.toString()));
        assertThat(saved.isRedirectTo("/gestion/agents")).as(saved.toString()).isTrue();
        assertThat(a.get(onB).status()).as("now A's member of staff works for B").isEqualTo(200);
        assertThat(a.get("/gestion/messages?structure=" + siteA).body()).doesNotContain("Site A " + n);
    }

    @Test
    void a_member_of_staff_nobody_assigned_sees_no_desk() {
        Browser browser = logIn(new TestAccounts(context).newStaffOf("Isolement2026d"));
        assertThat(browser.get("/gestion/messages").status()).isEqualTo(403);
    }
}
