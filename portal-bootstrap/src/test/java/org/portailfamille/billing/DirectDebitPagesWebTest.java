package org.portailfamille.billing;

import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.portailfamille.accounts.application.port.in.BankForm;
import org.portailfamille.accounts.application.port.in.FamilyChangeOutcome;
import org.portailfamille.accounts.application.port.in.SubmitFamilyChangeCommand;
import org.portailfamille.accounts.application.port.in.SubmitFamilyChangeUseCase;
import org.portailfamille.billing.application.port.in.GetSepaMandateUseCase;
import org.portailfamille.requests.application.port.in.DecideRequestCommand;
import org.portailfamille.requests.application.port.in.DecideRequestUseCase;
import org.portailfamille.security.Browser;
import org.portailfamille.security.TestAddresses;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The direct-debit pages over HTTP: family isolation of the parent's mandate and stop request (no id in their URLs:
 * always the logged-in family), and staff's forms answering bad input with French messages, no file made.
 */
@PortalIntegrationTest
class DirectDebitPagesWebTest {

    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    @Autowired GetSepaMandateUseCase mandates;
    @LocalServerPort int port;

    private Browser logIn(String username, String password) {
        Browser browser = new Browser(port, TestAddresses.next());
        assertThat(browser.logIn(username, password).status()).isEqualTo(302);
        return browser;
    }

    private TestAccounts.Parent withMandate() {
        TestAccounts.Parent parent = new TestAccounts(context).newParent("Mandat-2026-ok");
        FamilyChangeOutcome asked = context.getBean(SubmitFamilyChangeUseCase.class).submitFamilyChange(
                new SubmitFamilyChangeCommand(parent.familyId(), parent.username(), BankForm.fromFields(Map.of(
                        "accountHolder", "A PARENT", "iban", "FR76 3000 6000 0112 3456 7890 189", "bic", "AGRIFRPP",
                        "bankName", "Banque", "directDebit", "true"))));
        context.getBean(DecideRequestUseCase.class).decide(new DecideRequestCommand(asked.requestId(), 0, true, "agent", null));
        await().atMost(Duration.ofSeconds(20)).until(() -> mandates.activeMandate(parent.familyId()).isPresent());
        return parent;
    }

    private int pendingRequests(TestAccounts.Parent parent) {
        return jdbc.queryForObject("select count(*) from requests.request where family_id = ? and status = 'PENDING'",
                Integer.class, parent.familyId().value());
    }

    @Test
    void a_parent_sees_only_their_own_mandate_and_can_only_ask_to_stop_their_own() {
        TestAccounts.Parent a = withMandate();
        TestAccounts.Parent b = new TestAccounts(context).newParent("Mandat-2026-ok");
        String rumOfA = mandates.activeMandate(a.familyId()).orElseThrow().rum();

        Browser browserA = logIn(a.username(), a.password());
        Browser.Response mine = browserA.get("/famille/mon-compte");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.mainText()).contains("Prélèvement automatique", rumOfA, "0189")
                .doesNotContain("FR7630006000011234567890189", "3000 6000 0112");

        Browser browserB = logIn(b.username(), b.password());
        Browser.Response account = browserB.get("/famille/mon-compte");
        assertThat(account.status()).isEqualTo(200);
        assertThat(account.mainText()).contains("Vous ne payez pas vos factures par prélèvement automatique.")
                .doesNotContain(rumOfA, "0189");
        Browser.Response stopPage = browserB.get("/famille/prelevement/arret");
        assertThat(stopPage.status()).isEqualTo(200);
        assertThat(stopPage.mainText()).doesNotContain(rumOfA, "0189");
        Browser.Response stopB = browserB.submit("/famille/prelevement/arret", "/famille/prelevement/arret", Map.of());
        assertThat(stopB.status()).isEqualTo(200);
        assertThat(stopB.body()).doesNotContain(rumOfA);
        assertThat(pendingRequests(a)).isZero();
        assertThat(pendingRequests(b)).isZero();
        assertThat(mandates.activeMandate(a.familyId())).isPresent();

        Browser.Response stopA = browserA.submit("/famille/prelevement/arret", "/famille/prelevement/arret", Map.of());
        assertThat(stopA.isRedirectTo("/famille/prelevement/arret/demande-envoyee")).isTrue();
        assertThat(pendingRequests(a)).isEqualTo(1);
    }

    @Test
    void staff_bad_input_gets_french_messages_and_makes_no_file() {
        TestAccounts.Staff staff = new TestAccounts(context).newStaff("Agent-2026-ok");
        Browser browser = logIn(staff.username(), staff.password());
        int files = jdbc.queryForObject("select count(*) from billing.direct_debit_file", Integer.class);

        Browser.Response preview = browser.get("/gestion/facturation/prelevements?regie=pas-un-id&mois=13-2026");
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.mainText()).contains("Il y a un problème");

        Browser.Response generate = browser.submit("/gestion/facturation/prelevements",
                "/gestion/facturation/prelevements/fichiers",
                Map.of("regie", "<script>alert(1)</script>", "mois", "avril", "datePrelevement", "demain"));
        assertThat(generate.status()).isEqualTo(200);
        assertThat(generate.mainText()).contains("Il y a un problème");
        assertThat(generate.body()).doesNotContain("<script>alert(1)</script>");
        assertThat(jdbc.queryForObject("select count(*) from billing.direct_debit_file", Integer.class)).isEqualTo(files);

        assertThat(browser.get("/gestion/facturation/prelevements/fichiers/pas-un-id").status()).isEqualTo(404);
        assertThat(browser.getBytes("/gestion/facturation/prelevements/fichiers/00000000-0000-4000-8000-000000000001/pain008")
                .status()).isEqualTo(404);
    }
}
