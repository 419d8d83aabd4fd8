package org.portailfamille.demo;

import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.accounts.application.port.in.GetFamilySummaryUseCase;
import org.portailfamille.billing.application.port.in.AccountSituation;
import org.portailfamille.billing.application.port.in.AllocationView;
import org.portailfamille.billing.application.port.in.InvoiceStatus;
import org.portailfamille.billing.application.port.in.OperationKind;
import org.portailfamille.billing.application.port.in.OperationView;
import org.portailfamille.billing.application.port.in.Statement;
import org.portailfamille.billing.application.port.in.StatementQuery;
import org.portailfamille.billing.application.port.in.UnpaidInvoice;
import org.portailfamille.billing.application.port.in.ViewAccountSituationUseCase;
import org.portailfamille.billing.application.port.in.ViewStatementUseCase;
import org.portailfamille.shared.FamilyId;
import org.portailfamille.shared.Money;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guide's account of the DUPONT family, as the demo's real invoicing runs and recorded cheque left it in the
 * ledger: AL-12 243,20 € paid by cheque AL-228, AL-36 120,60 € unpaid, a balance of 120,60 € (what Accueil shows,
 * checked in the browser by LoginBrowserTest), and the other families' invoices AL-13 to AL-35 in between.
 */
@PortalIntegrationTest
class DemoBillingIntegrationTest {

    @Autowired GetFamilySummaryUseCase families;
    @Autowired ViewStatementUseCase statements;
    @Autowired ViewAccountSituationUseCase situations;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @Test
    void the_dupont_statement_has_the_guide_s_figures_from_real_runs() {
        FamilyId dupont = families.familySummaryByNumber(DemoDataLoader.DUPONT_NUMBER).orElseThrow().familyId();
        YearMonth lastMonth = YearMonth.now(clock).minusMonths(1);

        Statement statement = statements.statement(new StatementQuery(dupont, null));

        assertThat(statement.invoices()).extracting(invoice -> invoice.number() + " " + invoice.amount() + " "
                + invoice.status()).containsExactlyInAnyOrder("AL-12 243.20 PAID", "AL-36 120.60 UNPAID");
        assertThat(statement.invoices()).filteredOn(invoice -> invoice.number().equals("AL-12")).singleElement()
                .satisfies(invoice -> {
                    assertThat(invoice.periodStart()).isEqualTo(lastMonth.minusMonths(1).atDay(1));
                    assertThat(invoice.periodEnd()).isEqualTo(lastMonth.minusMonths(1).atEndOfMonth());
                    assertThat(invoice.due()).isEqualByComparingTo("0");
                });
        assertThat(statement.invoices()).filteredOn(invoice -> invoice.number().equals("AL-36")).singleElement()
                .satisfies(invoice -> {
                    assertThat(invoice.periodStart()).isEqualTo(lastMonth.atDay(1));
                    assertThat(invoice.status()).isEqualTo(InvoiceStatus.UNPAID);
                    assertThat(invoice.due()).isEqualByComparingTo("120.60");
                });
        assertThat(statement.payments()).singleElement().satisfies(payment -> {
            assertThat(payment.number()).isEqualTo("AL-228");
            assertThat(payment.method()).isEqualTo("CHEQUE");
            assertThat(payment.amount()).isEqualByComparingTo("243.20");
            assertThat(payment.allocations()).extracting(AllocationView::invoiceNumber).containsExactly("AL-12");
            assertThat(payment.unallocated()).isEqualByComparingTo("0");
        });
        assertThat(statement.creditNotes()).isEmpty();
        assertThat(statement.operations()).extracting(OperationView::number, OperationView::kind)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("AL-12", OperationKind.INVOICE),
                        org.assertj.core.groups.Tuple.tuple("AL-228", OperationKind.PAYMENT),
                        org.assertj.core.groups.Tuple.tuple("AL-36", OperationKind.INVOICE));
        assertThat(statement.totalDebit()).isEqualByComparingTo("363.80");
        assertThat(statement.totalCredit()).isEqualByComparingTo("243.20");
        assertThat(statement.balance()).isEqualByComparingTo("120.60");

        AccountSituation home = situations.accountSituation(dupont, LocalDate.now(clock));
        assertThat(home.balance()).isEqualTo(Money.euros("120.60"));
        assertThat(home.unpaidInvoices()).extracting(UnpaidInvoice::number, UnpaidInvoice::amountDue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("AL-36", Money.euros("120.60")));
    }

    @Test
    void the_invoices_come_from_runs_of_the_regie_numbered_without_gaps() {
        List<String> numbers = jdbc.queryForList("select i.number from billing.invoice i join billing.regie r "
                + "on r.id = i.regie_id where r.prefix = 'AL'", String.class);
        List<Integer> sequences = numbers.stream().map(number -> Integer.parseInt(number.substring(3))).sorted()
                .toList();
        assertThat(sequences.subList(0, 25)).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(12, 36).boxed().toList());
        assertThat(jdbc.queryForObject("select count(*) from billing.invoicing_run r join billing.regie g "
                + "on g.id = r.regie_id where g.prefix = 'AL' and r.status = 'ISSUED'", Integer.class))
                .isGreaterThanOrEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from billing.invoice_line l join billing.invoice i "
                + "on i.id = l.invoice_id where i.number = 'AL-12'", Integer.class)).isEqualTo(12 + 14 + 15 + 3 + 3);
    }
}
