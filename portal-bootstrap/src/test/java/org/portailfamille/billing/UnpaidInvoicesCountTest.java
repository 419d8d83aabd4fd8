package org.portailfamille.billing;

import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.portailfamille.TestClock;
import org.portailfamille.billing.application.port.in.CancelPaymentCommand;
import org.portailfamille.billing.application.port.in.CancelPaymentUseCase;
import org.portailfamille.billing.application.port.in.CreateRegieCommand;
import org.portailfamille.billing.application.port.in.CreateRegieUseCase;
import org.portailfamille.billing.application.port.in.IssueInvoiceCommand;
import org.portailfamille.billing.application.port.in.IssueInvoiceUseCase;
import org.portailfamille.billing.application.port.in.IssueTreasuryTitlesCommand;
import org.portailfamille.billing.application.port.in.IssueTreasuryTitlesUseCase;
import org.portailfamille.billing.application.port.in.ListUnpaidInvoicesUseCase;
import org.portailfamille.billing.application.port.in.RecordPaymentCommand;
import org.portailfamille.billing.application.port.in.RecordPaymentUseCase;
import org.portailfamille.security.Browser;
import org.portailfamille.security.TestAddresses;
import org.portailfamille.shared.FamilyId;
import org.portailfamille.shared.Money;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff home page's « factures impayées » card (issue 14, ADR 0046): the count is the database's, the same
 * invoices as the unpaid invoices by age, and the page runs as many queries whatever the number of families with
 * invoices. Before, the card built every family's account (a city: 10,000 accounts, 150 MiB of live objects and more
 * than a minute for one staff home page).
 */
@PortalIntegrationTest
class UnpaidInvoicesCountTest {

    @Autowired ApplicationContext context;
    @Autowired DSLContext dsl;
    @Autowired ListUnpaidInvoicesUseCase unpaid;
    @Autowired CreateRegieUseCase createRegie;
    @Autowired IssueInvoiceUseCase issueInvoice;
    @Autowired RecordPaymentUseCase recordPayment;
    @Autowired CancelPaymentUseCase cancelPayment;
    @Autowired IssueTreasuryTitlesUseCase issueTitles;
    @LocalServerPort int port;

    private UUID newRegie() {
        StringBuilder prefix = new StringBuilder("U");
        for (int i = 0; i < 5; i++) {
            prefix.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return createRegie.createRegie(new CreateRegieCommand("Régie " + prefix, prefix.toString(), 1, 1));
    }

    private String invoice(UUID regie, FamilyId family, LocalDate issued, String amount) {
        return issueInvoice.issueInvoice(new IssueInvoiceCommand(regie, family, issued, issued.plusDays(20),
                issued.withDayOfMonth(1), issued.withDayOfMonth(1).plusMonths(1).minusDays(1), Money.euros(amount)));
    }

    private void assertCountIsTheListsSize(LocalDate day, long expected) {
        assertThat(unpaid.countUnpaidInvoices(day)).as("count on " + day)
                .isEqualTo(unpaid.unpaidInvoices(null, day).invoices().size()).isEqualTo(expected);
    }

    @Test
    void the_count_is_the_unpaid_invoices_by_age_partly_paid_and_cancelled_payments_in_titled_and_paid_out() {
        LocalDate today = LocalDate.now(TestClock.PORTAL);
        LocalDate issued = today.minusDays(60);
        long before = unpaid.unpaidInvoices(null, today).invoices().size();
        assertCountIsTheListsSize(today, before);
        TestAccounts accounts = new TestAccounts(context);
        UUID regie = newRegie();

        invoice(regie, accounts.newFamilyWithoutLogin(), issued, "100.00");                         // unpaid
        String partly = invoice(regie, accounts.newFamilyWithoutLogin(), issued, "100.00");
        recordPayment.recordPayment(new RecordPaymentCommand(partly, issued.plusDays(1), "CASH", Money.euros("40.00")));
        String paid = invoice(regie, accounts.newFamilyWithoutLogin(), issued, "100.00");
        recordPayment.recordPayment(new RecordPaymentCommand(paid, issued.plusDays(1), "CHEQUE", Money.euros("100.00")));
        FamilyId cancelledFamily = accounts.newFamilyWithoutLogin();
        String cancelled = invoice(regie, cancelledFamily, issued, "100.00");
        String payment = recordPayment.recordPayment(new RecordPaymentCommand(cancelled, issued.plusDays(1), "CHEQUE",
                Money.euros("100.00")));
        assertCountIsTheListsSize(today, before + 2);
        assertThat(cancelPayment.cancelPayment(new CancelPaymentCommand(cancelledFamily, payment, issued.plusDays(2),
                "Chèque sans provision"))).isEqualTo(CancelPaymentUseCase.Outcome.CANCELLED);
        String titled = invoice(regie, accounts.newFamilyWithoutLogin(), issued, "100.00");
        assertCountIsTheListsSize(today, before + 4);
        assertThat(issueTitles.issueTitles(new IssueTreasuryTitlesCommand(List.of(titled), 1, new BigDecimal("1.00"),
                "agent")).issued()).hasSize(1);
        invoice(regie, accounts.newFamilyWithoutLogin(), today.plusDays(1), "100.00");               // not issued yet

        assertCountIsTheListsSize(today, before + 3);
        assertCountIsTheListsSize(today.plusDays(1), unpaid.unpaidInvoices(null, today.plusDays(1)).invoices().size());
        assertThat(unpaid.unpaidInvoices(null, today.plusDays(1)).invoices().size()).isEqualTo(before + 4);
    }

    @Test
    void the_staff_home_page_runs_as_many_queries_whatever_the_families_with_unpaid_invoices() {
        TestAccounts accounts = new TestAccounts(context);
        TestAccounts.Staff staff = accounts.newStaff("Factures-impayees-2026");
        Browser browser = new Browser(port, TestAddresses.next());
        browser.logIn(staff.username(), staff.password());
        UUID regie = newRegie();
        LocalDate issued = LocalDate.now(TestClock.PORTAL).minusDays(10);
        invoice(regie, accounts.newFamilyWithoutLogin(), issued, "12.50");

        int one = queriesOf(browser, "/gestion/accueil");
        for (int i = 0; i < 10; i++) {
            invoice(regie, accounts.newFamilyWithoutLogin(), issued, "12.50");
        }
        assertThat(queriesOf(browser, "/gestion/accueil")).as("staff home after 10 more families with an unpaid invoice")
                .isEqualTo(one);
    }

    /** jOOQ statements run on the request threads while the page is served (the second view: caches are warm). */
    private int queriesOf(Browser browser, String path) {
        AtomicInteger count = new AtomicInteger();
        List<String> seen = new ArrayList<>();
        ExecuteListener counter = new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                if (Thread.currentThread().getName().contains("exec-") && !ctx.sql().contains("contact_details")
                        && !ctx.sql().contains("\"planning\".\"facility\"")) {
                    count.incrementAndGet();
                    synchronized (seen) {
                        seen.add(ctx.sql());
                    }
                }
            }
        };
        browser.get(path);
        DefaultConfiguration configuration = (DefaultConfiguration) dsl.configuration();
        ExecuteListenerProvider[] before = configuration.executeListenerProviders();
        List<ExecuteListenerProvider> providers = new ArrayList<>(Arrays.asList(before));
        providers.add(new DefaultExecuteListenerProvider(counter));
        configuration.set(providers.toArray(ExecuteListenerProvider[]::new));
        try {
            Browser.Response page = browser.get(path);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).containsPattern("(Aucune facture impayée|[0-9 \u00a0\u202f]+ factures? impayées?)");
        } finally {
            configuration.set(before);
        }
        return count.get();
    }
}
