package org.portailfamille.requests;

import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.portailfamille.TestAccounts.Parent;
import org.portailfamille.accounts.application.port.in.AuditHealthDataUseCase;
import org.portailfamille.accounts.application.port.in.AuthorisedPersonDetails;
import org.portailfamille.accounts.application.port.in.AddChildForm;
import org.portailfamille.accounts.application.port.in.AuthorisationsForm;
import org.portailfamille.accounts.application.port.in.HealthForm;
import org.portailfamille.accounts.application.port.in.SubmitChildChangeCommand;
import org.portailfamille.accounts.application.port.in.ChildChangeOutcome;
import org.portailfamille.accounts.application.port.in.ChildSummary;
import org.portailfamille.accounts.application.port.in.GetChildFileUseCase;
import org.portailfamille.accounts.application.port.in.HealthDetails;
import org.portailfamille.accounts.application.port.in.HealthDataReadView;
import org.portailfamille.accounts.application.port.in.ListChildrenUseCase;
import org.portailfamille.accounts.application.port.in.RegisterChildCommand;
import org.portailfamille.accounts.application.port.in.RegisterChildUseCase;
import org.portailfamille.accounts.application.port.in.SubmitChildChangeUseCase;
import org.portailfamille.messaging.application.port.in.CountUnreadMessagesUseCase;
import org.portailfamille.requests.application.port.in.DecideRequestCommand;
import org.portailfamille.requests.application.port.in.DecideRequestUseCase;
import org.portailfamille.requests.application.port.in.ViewRequestQueueUseCase;
import org.portailfamille.security.Browser;
import org.portailfamille.shared.ChildId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Requests about children end to end: a health-data change waits for staff, is masked in every list, its staff
 * detail is an audited read; accepting applies it to the child's file and tells the family; refusing leaves the
 * file as it was; an accepted "Ajouter un enfant" registers the child once.
 */
@PortalIntegrationTest
class ChildRequestsIntegrationTest {

    @Autowired ApplicationContext context;
    @Autowired RegisterChildUseCase registerChild;
    @Autowired SubmitChildChangeUseCase submitChange;
    @Autowired GetChildFileUseCase childFiles;
    @Autowired ListChildrenUseCase listChildren;
    @Autowired DecideRequestUseCase decide;
    @Autowired ViewRequestQueueUseCase queue;
    @Autowired CountUnreadMessagesUseCase unreadMessages;
    @Autowired AuditHealthDataUseCase healthAudit;
    @LocalServerPort int port;

    private static final java.util.concurrent.atomic.AtomicInteger ADDRESSES =
            new java.util.concurrent.atomic.AtomicInteger((int) (System.nanoTime() % 200));

    private ChildId childOf(Parent parent) {
        return registerChild.registerChild(new RegisterChildCommand(parent.familyId(), "NINA", "TEST",
                LocalDate.of(2018, 6, 1), "FEMALE", "École Jules Ferry", "CE2", true, false,
                List.of(new AuthorisedPersonDetails("MARIE DURAND", "Grand-mère", "06 11 22 33 44", true, true)),
                new HealthDetails("Dr MARTIN", "05 61 00 00 00", "Arachide", "", false, true, false, "")));
    }

    private Map<String, String> health(String allergies) {
        Map<String, String> values = new HashMap<>();
        values.put("doctorName", "Dr MARTIN");
        values.put("doctorPhone", "05 61 00 00 00");
        values.put("allergies", allergies);
        values.put("pai", "true");
        values.put("vaccinationsUpToDate", "true");
        return values;
    }

    private Browser loggedIn(String username, String password, String home) {
        // a documentation address (RFC 5737) of its own, so that no login counter is shared with other tests
        Browser browser = new Browser(port, "203.0.113." + ADDRESSES.incrementAndGet() % 250);
        assertThat(browser.logIn(username, password).isRedirectTo(home)).isTrue();
        return browser;
    }

    @Test
    void a_health_change_is_masked_in_lists_audited_when_staff_read_it_and_applied_when_accepted() {
        TestAccounts accounts = new TestAccounts(context);
        Parent parent = accounts.newParent("Sanitaire2027x");
        TestAccounts.Staff staff = accounts.newStaff("Guichet2027x");
        ChildId nina = childOf(parent);
        String secret = "Allergie-secrete-" + UUID.randomUUID();

        ChildChangeOutcome outcome = submitChange.submitChildChange(new SubmitChildChangeCommand(parent.familyId(),
                nina, parent.username(), HealthForm.fromFields(health(secret))));
        assertThat(outcome.status()).isEqualTo(ChildChangeOutcome.Status.SUBMITTED);
        UUID requestId = outcome.requestId();
        assertThat(childFiles.childFile(parent.familyId(), nina).orElseThrow().health().allergies())
                .isEqualTo("Arachide");

        // masked in the parent's list and in the staff queue
        Browser parentBrowser = loggedIn(parent.username(), parent.password(), "/famille/accueil");
        String list = parentBrowser.get("/famille/demandes?vue=enfants").body();
        assertThat(list).contains("Données sanitaires modifiées").doesNotContain(secret, "Arachide");
        String byType = parentBrowser.get("/famille/demandes?vue=enfants&type=accounts.child-health").body();
        assertThat(byType).contains("(masqué)").doesNotContain(secret, "Arachide");
        Browser office = loggedIn(staff.username(), staff.password(), "/gestion/accueil");
        String staffQueue = office.get("/gestion/demandes?famille=" + parent.familyNumber()).body();
        assertThat(staffQueue).contains("Données sanitaires").doesNotContain(secret, "Arachide");
        assertThat(healthAudit.healthDataReads(nina)).as("lists are not reads of health data").isEmpty();

        // the staff detail shows the values and records the read
        String detail = office.get("/gestion/demandes/" + requestId).body();
        assertThat(detail).contains(secret, "Arachide", "NINA TEST");
        List<HealthDataReadView> reads = healthAudit.healthDataReads(nina);
        assertThat(reads).singleElement().satisfies(read -> {
            assertThat(read.reader()).isEqualTo(staff.username());
            assertThat(read.childId()).isEqualTo(nina);
            assertThat(read.purpose()).isEqualTo("request:" + requestId);
        });
        String auditPage = office.get("/gestion/enfants/" + nina + "/acces-donnees-sanitaires").body();
        assertThat(auditPage).contains(staff.username()).doesNotContain(secret);

        int unreadBefore = unreadMessages.countUnreadMessages(parent.familyId());
        long version = queue.request(requestId).orElseThrow().version();
        assertThat(decide.decide(new DecideRequestCommand(requestId, version, true, staff.username(), null))
                .decided()).isTrue();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(childFiles.childFile(parent.familyId(), nina).orElseThrow().health().allergies())
                    .isEqualTo(secret);
            assertThat(unreadMessages.countUnreadMessages(parent.familyId())).isEqualTo(unreadBefore + 1);
        });
        assertThat(childFiles.childFile(parent.familyId(), nina).orElseThrow().health().pai()).isTrue();
    }

    @Test
    void a_refused_change_leaves_the_file_and_tells_the_family() {
        Parent parent = new TestAccounts(context).newParent("Sanitaire2027x");
        ChildId nina = childOf(parent);
        ChildChangeOutcome outcome = submitChange.submitChildChange(new SubmitChildChangeCommand(
                parent.familyId(), nina, parent.username(), AuthorisationsForm.fromFields(Map.of("imageAuthorisation", "false",
                "outingAuthorisation", "true"))));
        int unreadBefore = unreadMessages.countUnreadMessages(parent.familyId());
        assertThat(decide.decide(new DecideRequestCommand(outcome.requestId(), 0, false, "agent",
                "Merci de signer l'autorisation papier")).decided()).isTrue();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(unreadMessages.countUnreadMessages(parent.familyId())).isEqualTo(unreadBefore + 1));
        assertThat(childFiles.childFile(parent.familyId(), nina).orElseThrow().imageAuthorisation()).isTrue();
        assertThat(childFiles.childFile(parent.familyId(), nina).orElseThrow().outingAuthorisation()).isFalse();
    }

    @Test
    void an_accepted_pre_registration_adds_the_child_to_the_family() {
        Parent parent = new TestAccounts(context).newParent("Sanitaire2027x");
        Map<String, String> values = new HashMap<>();
        values.put("lastName", "Test");
        values.put("firstName", "Hugo");
        values.put("birthDate", "2024-05-20");
        values.put("sex", "MALE");
        values.put("school", "Crèche Les Petits Pas");
        values.put("serviceLeisure", "true");
        ChildChangeOutcome outcome = submitChange.submitChildChange(new SubmitChildChangeCommand(
                parent.familyId(), null, parent.username(), AddChildForm.fromFields(values)));
        assertThat(outcome.status()).isEqualTo(ChildChangeOutcome.Status.SUBMITTED);
        assertThat(listChildren.children(parent.familyId())).isEmpty();

        assertThat(decide.decide(new DecideRequestCommand(outcome.requestId(), 0, true, "agent", null)).decided())
                .isTrue();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(listChildren.children(parent.familyId())).extracting(ChildSummary::firstName)
                        .containsExactly("HUGO"));
        ChildSummary hugo = listChildren.children(parent.familyId()).get(0);
        assertThat(hugo.birthDate()).isEqualTo(LocalDate.of(2024, 5, 20));
        assertThat(hugo.school()).isEqualTo("Crèche Les Petits Pas");
    }
}
