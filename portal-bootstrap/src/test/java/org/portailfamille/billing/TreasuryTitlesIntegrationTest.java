package org.portailfamille.billing;

import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.portailfamille.TestClock;
import org.portailfamille.billing.application.port.in.GetInvoiceStateUseCase;
import org.portailfamille.billing.application.port.in.InvoiceState;
import org.portailfamille.billing.application.port.in.InvoiceStatus;
import org.portailfamille.billing.application.port.in.IssueTreasuryTitlesCommand;
import org.portailfamille.billing.application.port.in.IssueTreasuryTitlesResult;
import org.portailfamille.billing.application.port.in.IssueTreasuryTitlesUseCase;
import org.portailfamille.billing.application.port.in.ListTitleCandidatesUseCase;
import org.portailfamille.billing.application.port.in.ListTreasuryTitlesUseCase;
import org.portailfamille.billing.application.port.in.OperationKind;
import org.portailfamille.billing.application.port.in.OperationView;
import org.portailfamille.billing.application.port.in.ReceivePaymentCommand;
import org.portailfamille.billing.application.port.in.ReceivePaymentUseCase;
import org.portailfamille.billing.application.port.in.Statement;
import org.portailfamille.billing.application.port.in.StatementQuery;
import org.portailfamille.billing.application.port.in.TitleCandidate;
import org.portailfamille.billing.application.port.in.TitleCandidatesQuery;
import org.portailfamille.billing.application.port.in.TreasuryTitleView;
import org.portailfamille.billing.application.port.in.ViewStatementUseCase;
import org.portailfamille.security.Browser;
import org.portailfamille.security.TestAddresses;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Titles handed to the treasury (issue 11): numbering per régie and year without gaps under concurrent hand-overs,
 * each invoice titled once; the title line and the guide's note (c) in the statement; the invoice closed in the
 * portal (no payment, state TITLED).
 */
@PortalIntegrationTest
class TreasuryTitlesIntegrationTest {

    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    @Autowired IssueTreasuryTitlesUseCase issueTitles;
    @Autowired ListTitleCandidatesUseCase candidates;
    @Autowired ListTreasuryTitlesUseCase titles;
    @Autowired GetInvoiceStateUseCase invoiceStates;
    @Autowired ViewStatementUseCase statements;
    @Autowired ReceivePaymentUseCase receivePayment;
    @LocalServerPort int port;

    @Test
    void concurrent_hand_overs_number_each_regies_titles_one_by_one_without_gaps_and_title_each_invoice_once()
            throws Exception {
        TitlesAndCertificatesFixture fixture = new TitlesAndCertificatesFixture(context);
        TitlesAndCertificatesFixture.Regie regie = fixture.newRegie();
        YearMonth month = BillingFixture.lastMonth();
        TestAccounts accounts = new TestAccounts(context);
        int families = 12;
        List<FamilyId> ids = new ArrayList<>();
        for (int i = 0; i < families; i++) {
            FamilyId family = accounts.newFamilyWithoutLogin();
            ChildId child = fixture.child(family, "TITRE" + i, LocalDate.of(2018, 1, 1));
            fixture.book(family, child, regie.setup().activity(), month, 1 + i % 3);
            ids.add(family);
        }
        fixture.issue(regie, month);
        List<String> invoices = ids.stream().flatMap(f -> fixture.invoicesOf(f, regie).stream()).toList();
        assertThat(invoices).hasSize(families);
        TestClock.PORTAL.advance(Duration.ofDays(120));

        // each invoice on its own thread, and two threads handing all of them over at once
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<IssueTreasuryTitlesResult>> tasks = new ArrayList<>();
        for (String invoice : invoices) {
            tasks.add(() -> {
                start.await();
                return issueTitles.issueTitles(new IssueTreasuryTitlesCommand(List.of(invoice), 60,
                        new BigDecimal("1.00"), "agent"));
            });
        }
        for (int i = 0; i < 2; i++) {
            tasks.add(() -> {
                start.await();
                return issueTitles.issueTitles(new IssueTreasuryTitlesCommand(invoices, 60, new BigDecimal("1.00"),
                        "agent"));
            });
        }
        List<Future<IssueTreasuryTitlesResult>> futures = new ArrayList<>();
        tasks.forEach(task -> futures.add(pool.submit(task)));
        start.countDown();
        int issued = 0;
        for (Future<IssueTreasuryTitlesResult> future : futures) {
            issued += future.get(60, TimeUnit.SECONDS).issued().size();
        }
        pool.shutdown();

        assertThat(issued).as("titles issued across all hand-overs").isEqualTo(families);
        List<TreasuryTitleView> ofRegie = titles.treasuryTitles(regie.setup().regie());
        int year = LocalDate.now(TestClock.PORTAL).getYear();
        assertThat(ofRegie).hasSize(families);
        assertThat(ofRegie).allSatisfy(title -> assertThat(title.year()).isEqualTo(year));
        assertThat(ofRegie.stream().map(TreasuryTitleView::number).sorted().toList())
                .as("1, 2, … n: no gap, no duplicate")
                .containsExactlyElementsOf(LongStream.rangeClosed(1, families).boxed().toList());
        assertThat(ofRegie.stream().map(TreasuryTitleView::invoiceNumber).distinct().sorted().toList())
                .containsExactlyElementsOf(invoices.stream().sorted().toList());
        Integer titlePayments = jdbc.queryForObject("""
                SELECT count(*) FROM billing.payment p JOIN billing.invoice i ON i.id = p.invoice_id
                WHERE p.method = 'TREASURY_TITLE' AND i.regie_id = ?""", Integer.class, regie.setup().regie());
        assertThat(titlePayments).as("one title payment per invoice").isEqualTo(families);
        for (int i = 0; i < families; i++) {
            FamilyId family = ids.get(i);
            String invoice = fixture.invoicesOf(family, regie).get(0);
            assertThat(invoiceStates.invoiceState(family, invoice).orElseThrow().status())
                    .isEqualTo(InvoiceStatus.TITLED);
        }
    }

    @Test
    void a_title_closes_the_invoice_and_the_statement_shows_its_line_and_the_guides_note_c() {
        TitlesAndCertificatesFixture fixture = new TitlesAndCertificatesFixture(context);
        TitlesAndCertificatesFixture.Regie regie = fixture.newRegie();
        YearMonth month = BillingFixture.lastMonth();
        TestAccounts.Parent parent = new TestAccounts(context).newParent("Titre-Emis-2026");
        ChildId child = fixture.child(parent.familyId(), "ORMC", LocalDate.of(2019, 3, 3));
        fixture.book(parent.familyId(), child, regie.setup().activity(), month, 3);
        fixture.issue(regie, month);
        String invoice = fixture.invoicesOf(parent.familyId(), regie).get(0);
        fixture.pay(parent.familyId(), regie, LocalDate.now(TestClock.PORTAL), "5.00", invoice);
        // 3 × 10,05 − 5,00 = 25,15 € still due

        TestClock.PORTAL.advance(Duration.ofDays(30));
        assertThat(candidates.titleCandidates(new TitleCandidatesQuery(regie.setup().regie(), 60,
                new BigDecimal("15.00"))).invoices()).as("not 60 days overdue yet").isEmpty();
        TestClock.PORTAL.advance(Duration.ofDays(60));
        assertThat(candidates.titleCandidates(new TitleCandidatesQuery(regie.setup().regie(), 60,
                new BigDecimal("30.00"))).invoices()).as("less than 30 € due").isEmpty();
        List<TitleCandidate> preview = candidates.titleCandidates(new TitleCandidatesQuery(regie.setup().regie(), 60,
                new BigDecimal("15.00"))).invoices();
        assertThat(preview).extracting(TitleCandidate::invoiceNumber).containsExactly(invoice);
        assertThat(preview.get(0).due()).isEqualByComparingTo("25.15");
        assertThat(invoiceStates.invoiceState(parent.familyId(), invoice).orElseThrow().payableInPortal()).isTrue();

        IssueTreasuryTitlesResult result = issueTitles.issueTitles(new IssueTreasuryTitlesCommand(List.of(invoice), 60,
                new BigDecimal("15.00"), "agent"));
        assertThat(result.issued()).hasSize(1);
        TreasuryTitleView title = result.issued().get(0);
        int year = LocalDate.now(TestClock.PORTAL).getYear();
        assertThat(title.reference()).isEqualTo(year + "-1");
        assertThat(title.amount()).isEqualByComparingTo("25.15");

        // closed in the portal: state TITLED, nothing due, no payment accepted, not offered again
        InvoiceState state = invoiceStates.invoiceState(parent.familyId(), invoice).orElseThrow();
        assertThat(state.status()).isEqualTo(InvoiceStatus.TITLED);
        assertThat(state.payableInPortal()).isFalse();
        assertThat(state.titleReference()).isEqualTo(year + "-1");
        assertThat(receivePayment.receivePayment(new ReceivePaymentCommand(parent.familyId(), regie.setup().regie(),
                LocalDate.now(TestClock.PORTAL), "CHEQUE", new BigDecimal("1.00"), null, List.of(invoice))).problems())
                .containsExactly("invoice.titled");
        assertThat(issueTitles.issueTitles(new IssueTreasuryTitlesCommand(List.of(invoice), 60,
                new BigDecimal("15.00"), "agent")).skippedInvoices()).as("the same hand-over posted twice")
                .containsExactly(invoice);
        assertThat(titles.treasuryTitles(regie.setup().regie())).hasSize(1);
        assertThat(invoiceStates.invoiceState(new TestAccounts(context).newFamilyWithoutLogin(), invoice))
                .as("another family's invoice").isEmpty();

        // the statement: a "Titre émis (ORMC n°X)" line crediting what was due, the balance no longer followed
        Statement statement = statements.statement(new StatementQuery(parent.familyId(), null));
        OperationView line = statement.operations().stream().filter(op -> op.kind() == OperationKind.TREASURY_TITLE)
                .findFirst().orElseThrow();
        assertThat(line.reference()).isEqualTo(year + "-1");
        assertThat(line.credit()).isEqualByComparingTo("25.15");
        assertThat(line.number()).isEqualTo(title.operationNumber());
        assertThat(statement.hasTreasuryTitles()).isTrue();
        assertThat(statement.invoices()).filteredOn(i -> i.number().equals(invoice))
                .extracting(i -> i.status()).containsExactly(InvoiceStatus.TITLED);

        // the parent's page
        Browser browser = new Browser(port, TestAddresses.next());
        assertThat(browser.logIn(parent.username(), parent.password()).isRedirectTo("/famille/accueil")).isTrue();
        String page = browser.get("/famille/releve").mainText();
        assertThat(page).contains("Titre émis (ORMC n°" + year + "-1)")
                .contains("vous trouverez des règlements ayant pour type « Titre émis (ORMC n°X) »")
                .contains("Vous pourrez vous procurer ces informations auprès de votre trésorerie");
        assertThat(browser.get("/famille/releve?vue=factures").mainText()).contains("Transmise à la trésorerie");
    }

    @Test
    void staff_page_previews_confirms_and_lists_titles_and_refuses_bad_criteria() {
        TitlesAndCertificatesFixture fixture = new TitlesAndCertificatesFixture(context);
        TitlesAndCertificatesFixture.Regie regie = fixture.newRegie();
        YearMonth month = BillingFixture.lastMonth();
        FamilyId family = new TestAccounts(context).newFamilyWithoutLogin();
        ChildId child = fixture.child(family, "GUICHET", LocalDate.of(2019, 3, 3));
        fixture.book(family, child, regie.setup().activity(), month, 2);
        fixture.issue(regie, month);
        String invoice = fixture.invoicesOf(family, regie).get(0);
        TestClock.PORTAL.advance(Duration.ofDays(100));

        TestAccounts.Staff staff = new TestAccounts(context).newStaff("Agent-Titres-2026");
        Browser browser = new Browser(port, TestAddresses.next());
        assertThat(browser.logIn(staff.username(), staff.password()).status()).isEqualTo(302);
        String path = "/gestion/facturation/titres?regie=" + regie.setup().regie();
        String preview = browser.get(path).mainText();
        assertThat(preview).contains(invoice).contains("Émettre les titres");

        Browser.Response bad = browser.get(path + "&jours=abc&montant=-3");
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.mainText()).contains("Saisissez un nombre de jours entre 0 et 3650")
                .contains("Saisissez un montant avec deux décimales au plus").doesNotContain("Émettre les titres");

        String token = browser.csrfTokenFrom(path);
        Browser.Response none = browser.post("/gestion/facturation/titres", Map.of("_csrf", token,
                "regie", regie.setup().regie().toString(), "jours", "60", "montant", "15,00"));
        assertThat(none.mainText()).contains("Cochez au moins une facture à transmettre");
        assertThat(titles.treasuryTitles(regie.setup().regie())).isEmpty();

        Browser.Response done = browser.post("/gestion/facturation/titres", Map.of("_csrf", token,
                "regie", regie.setup().regie().toString(), "jours", "60", "montant", "15,00", "factures", invoice));
        assertThat(done.status()).isEqualTo(302);
        int year = LocalDate.now(TestClock.PORTAL).getYear();
        String after = browser.get(done.location()).mainText();
        assertThat(after).contains("Titres émis : 1 titre(s), de ORMC n°" + year + "-1 à ORMC n°" + year + "-1")
                .contains("ORMC n°" + year + "-1").contains(invoice);
        assertThat(titles.treasuryTitles(regie.setup().regie())).hasSize(1);
    }
}
