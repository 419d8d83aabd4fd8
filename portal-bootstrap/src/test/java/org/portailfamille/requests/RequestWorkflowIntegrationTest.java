package org.portailfamille.requests;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.portailfamille.TestAccounts.Parent;
import org.portailfamille.accounts.application.port.in.ApplyFamilyRequestCommand;
import org.portailfamille.accounts.application.port.in.ApplyFamilyRequestUseCase;
import org.portailfamille.accounts.application.port.in.BankForm;
import org.portailfamille.accounts.application.port.in.GuardianForm;
import org.portailfamille.accounts.application.port.in.SubmitFamilyChangeCommand;
import org.portailfamille.accounts.application.port.in.FamilyChangeOutcome;
import org.portailfamille.accounts.application.port.in.GetFamilyFileUseCase;
import org.portailfamille.accounts.application.port.in.SubmitFamilyChangeUseCase;
import org.portailfamille.messaging.application.port.in.CountUnreadMessagesUseCase;
import org.portailfamille.requests.application.port.in.DecideRequestCommand;
import org.portailfamille.requests.application.port.in.DecideRequestUseCase;
import org.portailfamille.requests.application.port.in.DecisionOutcome;
import org.portailfamille.requests.application.port.in.FamilyRequests;
import org.portailfamille.requests.application.port.in.FamilyRequestsQuery;
import org.portailfamille.requests.application.port.in.ListFamilyRequestsUseCase;
import org.portailfamille.requests.application.port.in.ViewRequestQueueUseCase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The requests workflow end to end on the real database and SMTP server: a parent's change waits for a
 * decision; accepting applies it (through the event registry) and tells the family by message and e-mail;
 * refusing tells the reason and changes nothing; two agents deciding at once store one decision; a request
 * made on values that changed meanwhile cannot be accepted; applying twice has one effect.
 */
@PortalIntegrationTest
class RequestWorkflowIntegrationTest {

    @Autowired ApplicationContext context;
    @Autowired SubmitFamilyChangeUseCase submitChange;
    @Autowired DecideRequestUseCase decide;
    @Autowired ViewRequestQueueUseCase queue;
    @Autowired ListFamilyRequestsUseCase listRequests;
    @Autowired GetFamilyFileUseCase familyFiles;
    @Autowired CountUnreadMessagesUseCase unreadMessages;
    @Autowired ApplyFamilyRequestUseCase applyRequest;
    @Autowired GreenMail mailServer;
    @Autowired org.portailfamille.billing.application.port.in.GetSepaMandateUseCase mandates;

    private Map<String, String> guardianForm(Parent parent, String address) {
        Map<String, String> values = new HashMap<>();
        values.put("civility", "MADAME");
        values.put("lastName", parent.displayName().substring(parent.displayName().indexOf(' ') + 1));
        values.put("firstName", "CAMILLE");
        values.put("guardianRole", "MOTHER");
        values.put("maritalStatus", "SINGLE");
        values.put("addressLine", address);
        values.put("postcode", "31400");
        values.put("city", "SAINT - JEAN");
        values.put("email", parent.email());
        values.put("emailConsent", "true");
        return values;
    }

    private UUID submitAddress(Parent parent, String address) {
        FamilyChangeOutcome outcome = submitChange.submitFamilyChange(new SubmitFamilyChangeCommand(
                parent.familyId(), parent.username(), GuardianForm.fromFields(guardianForm(parent, address))));
        assertThat(outcome.status()).isEqualTo(FamilyChangeOutcome.Status.SUBMITTED);
        return outcome.requestId();
    }

    private String address(Parent parent) {
        return familyFiles.familyFile(parent.familyId()).orElseThrow().guardian().addressLine();
    }

    private List<MimeMessage> mailsTo(String email) {
        return Arrays.stream(mailServer.getReceivedMessages()).filter(mail -> {
            try {
                return Arrays.stream(mail.getAllRecipients()).anyMatch(to -> to.toString().equals(email));
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }

    @Test
    void nothing_changes_until_staff_accept_then_the_family_is_told() throws Exception {
        Parent parent = new TestAccounts(context).newParent("Printemps2027", false, "famille" + UUID.randomUUID() + "@example.org");
        UUID requestId = submitAddress(parent, "3 AVENUE DES FLEURS");

        assertThat(address(parent)).isEqualTo("1 RUE DU TEST");
        FamilyRequests listed = listRequests.familyRequests(new FamilyRequestsQuery(parent.familyId(), "ACCOUNT", null, 0));
        assertThat(listed.pending()).extracting(r -> r.id()).containsExactly(requestId);
        assertThat(listed.pending().get(0).changes()).singleElement()
                .satisfies(change -> {
                    assertThat(change.labelKey()).isEqualTo("field.addressLine");
                    assertThat(change.oldValue()).isEqualTo("1 RUE DU TEST");
                    assertThat(change.newValue()).isEqualTo("3 AVENUE DES FLEURS");
                });
        int unreadBefore = unreadMessages.countUnreadMessages(parent.familyId());

        long version = queue.request(requestId).orElseThrow().version();
        assertThat(decide.decide(new DecideRequestCommand(requestId, version, true, "agent", null)).decided()).isTrue();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(address(parent)).isEqualTo("3 AVENUE DES FLEURS");
            assertThat(unreadMessages.countUnreadMessages(parent.familyId())).isEqualTo(unreadBefore + 1);
            assertThat(mailsTo(parent.email())).hasSize(1);
        });
        MimeMessage mail = mailsTo(parent.email()).get(0);
        assertThat(mail.getSubject()).isEqualTo("Votre demande « Informations responsable » a été acceptée");
        assertThat(listRequests.familyRequests(new FamilyRequestsQuery(parent.familyId(), "ACCOUNT", null, 0))
                .accepted()).extracting(r -> r.id()).containsExactly(requestId);
    }

    @Test
    void a_refusal_needs_a_reason_changes_nothing_and_tells_the_reason() {
        Parent parent = new TestAccounts(context).newParent("Printemps2027", false, "refus" + UUID.randomUUID() + "@example.org");
        UUID requestId = submitAddress(parent, "9 CHEMIN DES AMANDIERS");

        assertThat(decide.decide(new DecideRequestCommand(requestId, 0, false, "agent", "  ")).result())
                .isEqualTo(DecisionOutcome.Result.REASON_REQUIRED);
        assertThat(decide.decide(new DecideRequestCommand(requestId, 0, false, "agent",
                "Justificatif de domicile manquant")).decided()).isTrue();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(mailsTo(parent.email())).hasSize(1));
        assertThat(GreenMailUtil.getBody(mailsTo(parent.email()).get(0))).contains("Justificatif de domicile manquant");
        assertThat(address(parent)).isEqualTo("1 RUE DU TEST");
        FamilyRequests listed = listRequests.familyRequests(new FamilyRequestsQuery(parent.familyId(), "ACCOUNT", null, 0));
        assertThat(listed.refused()).singleElement().satisfies(r ->
                assertThat(r.refusalReason()).isEqualTo("Justificatif de domicile manquant"));
    }

    @Test
    void two_agents_deciding_at_once_store_exactly_one_decision() throws Exception {
        for (int round = 0; round < 5; round++) {
            Parent parent = new TestAccounts(context).newParent("Printemps2027");
            UUID requestId = submitAddress(parent, "5 RUE DU MOULIN " + round);
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService agents = Executors.newFixedThreadPool(2);
            List<Callable<DecisionOutcome>> decisions = List.of(
                    () -> { start.await(); return decide.decide(new DecideRequestCommand(requestId, 0, true, "agent-a", null)); },
                    () -> { start.await(); return decide.decide(new DecideRequestCommand(requestId, 0, false, "agent-b", "Refus")); });
            List<Future<DecisionOutcome>> futures = new ArrayList<>();
            decisions.forEach(decision -> futures.add(agents.submit(decision)));
            start.countDown();
            List<DecisionOutcome.Result> results = new ArrayList<>();
            for (Future<DecisionOutcome> future : futures) {
                results.add(future.get().result());
            }
            agents.shutdown();
            assertThat(results).containsExactlyInAnyOrder(DecisionOutcome.Result.DECIDED,
                    DecisionOutcome.Result.ALREADY_DECIDED);
            assertThat(queue.request(requestId).orElseThrow().version()).isEqualTo(1);
        }
    }

    @Test
    void a_request_made_on_values_that_changed_meanwhile_cannot_be_accepted() {
        Parent parent = new TestAccounts(context).newParent("Printemps2027");
        UUID first = submitAddress(parent, "1 PLACE DU MARCHE");
        UUID second = submitAddress(parent, "2 PLACE DU MARCHE");
        assertThat(decide.decide(new DecideRequestCommand(first, 0, true, "agent", null)).decided()).isTrue();
        await().atMost(Duration.ofSeconds(20)).until(() -> address(parent).equals("1 PLACE DU MARCHE"));

        DecisionOutcome outcome = decide.decide(new DecideRequestCommand(second, 0, true, "agent", null));
        assertThat(outcome.result()).isEqualTo(DecisionOutcome.Result.CONFLICT);
        assertThat(outcome.conflictKey()).isEqualTo("request.conflict.fileChanged");
        assertThat(queue.request(second).orElseThrow().isPending()).isTrue();
        assertThat(address(parent)).isEqualTo("1 PLACE DU MARCHE");
    }

    @Test
    void applying_an_accepted_request_twice_has_one_effect() {
        Parent parent = new TestAccounts(context).newParent("Printemps2027");
        UUID first = submitAddress(parent, "10 RUE HAUTE");
        Map<String, String> payload = queue.request(first).orElseThrow().payload();
        decide.decide(new DecideRequestCommand(first, 0, true, "agent", null));
        await().atMost(Duration.ofSeconds(20)).until(() -> address(parent).equals("10 RUE HAUTE"));
        UUID second = submitAddress(parent, "20 RUE BASSE");
        decide.decide(new DecideRequestCommand(second, 0, true, "agent", null));
        await().atMost(Duration.ofSeconds(20)).until(() -> address(parent).equals("20 RUE BASSE"));

        applyRequest.applyAcceptedRequest(new ApplyFamilyRequestCommand(first, "accounts.guardian", parent.familyId(),
                payload));
        assertThat(address(parent)).isEqualTo("20 RUE BASSE");
    }

    @Test
    void accepted_bank_details_with_direct_debit_set_up_a_sepa_mandate() {
        Parent parent = new TestAccounts(context).newParent("Printemps2027");
        FamilyChangeOutcome outcome = submitChange.submitFamilyChange(new SubmitFamilyChangeCommand(parent.familyId(),
                parent.username(), BankForm.fromFields(Map.of("accountHolder", "TEST CAMILLE", "iban",
                "FR76 3000 6000 0112 3456 7890 189", "bic", "AGRIFRPP", "bankName", "Banque", "directDebit", "true"))));
        assertThat(mandates.activeMandate(parent.familyId())).isEmpty();
        decide.decide(new DecideRequestCommand(outcome.requestId(), 0, true, "agent", null));

        await().atMost(Duration.ofSeconds(20)).until(() -> mandates.activeMandate(parent.familyId()).isPresent());
        var mandate = mandates.activeMandate(parent.familyId()).orElseThrow();
        assertThat(mandate.rum()).isEqualTo("PF" + parent.familyNumber() + "-1");
        assertThat(mandate.nextSequence()).isEqualTo("FRST");
        assertThat(mandate.maskedIban()).endsWith("0189").doesNotContain("3000");

        FamilyChangeOutcome stop = submitChange.submitFamilyChange(new SubmitFamilyChangeCommand(parent.familyId(),
                parent.username(), BankForm.fromFields(Map.of("accountHolder", "TEST CAMILLE", "iban", "",
                "bic", "AGRIFRPP", "bankName", "Banque", "directDebit", "false"))));
        decide.decide(new DecideRequestCommand(stop.requestId(), 0, true, "agent", null));
        await().atMost(Duration.ofSeconds(20)).until(() -> mandates.activeMandate(parent.familyId()).isEmpty());
    }
}
