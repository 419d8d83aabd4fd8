package org.portailfamille.billing.application.service;

import org.junit.jupiter.api.Test;
import org.portailfamille.billing.RegieId;
import org.portailfamille.billing.application.port.in.AccountSituation;
import org.portailfamille.billing.application.port.in.CreateRegieCommand;
import org.portailfamille.billing.application.port.in.RegieSummary;
import org.portailfamille.billing.application.port.in.IssueInvoiceCommand;
import org.portailfamille.billing.application.port.in.RecordPaymentCommand;
import org.portailfamille.billing.application.port.in.UnpaidInvoice;
import org.portailfamille.billing.application.port.out.Invoices;
import org.portailfamille.billing.application.port.out.Ledger;
import org.portailfamille.billing.application.port.out.Payments;
import org.portailfamille.billing.application.port.out.Regies;
import org.portailfamille.billing.domain.Invoice;
import org.portailfamille.billing.domain.LedgerEntry;
import org.portailfamille.billing.domain.OperationNumber;
import org.portailfamille.billing.domain.Payment;
import org.portailfamille.billing.domain.Regie;
import org.portailfamille.shared.FamilyId;
import org.portailfamille.shared.Money;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BillingServicesTest {

    private final InMemoryBilling store = new InMemoryBilling();
    private final Regies regies = store.regies;
    private final List<Payment> paymentRows = store.paymentRows;
    private final List<LedgerEntry> ledgerRows = store.ledgerRows;
    private final Clock clock = Clock.fixed(Instant.parse("2015-06-01T10:00:00Z"), ZoneOffset.UTC);

    private final CreateRegieService createRegie = new CreateRegieService(regies);
    private final IssueInvoiceService issue = new IssueInvoiceService(regies, store.invoices, store.ledger);
    private final PaymentService pay = new PaymentService(regies, store.invoices, store.payments, store.allocations,
            store.ledger, clock);
    private final StatementService situation = new StatementService(regies, store.invoices, null, store.payments,
            store.allocations, store.ledger, InMemoryBilling.noFamilies(), InMemoryBilling.noChildren(), clock);

    private static final LocalDate APRIL_8 = LocalDate.of(2015, 4, 8);
    private final FamilyId dupont = FamilyId.newId();
    private final UUID regie = createRegie.createRegie(new CreateRegieCommand("Régie garderie ALSH", "AL", 12, 228));

    private String invoice(FamilyId family, String amount) {
        return issue.issueInvoice(new IssueInvoiceCommand(regie, family, APRIL_8, LocalDate.of(2015, 4, 30),
                LocalDate.of(2015, 4, 1), LocalDate.of(2015, 4, 30), Money.euros(amount)));
    }

    @Test
    void the_regies_are_listed_by_name_for_choosing_one() {
        UUID enfance = createRegie.createRegie(new CreateRegieCommand("Régie Enfance", "EN", 1, 1));
        UUID cantine = createRegie.createRegie(new CreateRegieCommand("Régie Cantine", "CA", 1, 1));
        List<RegieSummary> listed = new ListRegiesService(regies).regies();
        assertThat(listed).extracting(RegieSummary::id).containsSubsequence(cantine, enfance);
        assertThat(listed).extracting(RegieSummary::name).isSortedAccordingTo(String::compareTo);
        assertThat(listed).filteredOn(regie -> regie.id().equals(enfance)).singleElement()
                .satisfies(regie -> assertThat(regie.prefix()).isEqualTo("EN"));
    }

    @Test
    void the_guides_account_statement() {
        String al12 = invoice(dupont, "243.20");
        String al228 = pay.recordPayment(new RecordPaymentCommand(al12, APRIL_8, "CHEQUE", Money.euros("243.20")));
        String al13 = invoice(FamilyId.newId(), "50.00");
        String al14 = invoice(dupont, "120.60");

        assertThat(List.of(al12, al228, al13, al14)).containsExactly("AL-12", "AL-228", "AL-13", "AL-14");
        AccountSituation account = situation.accountSituation(dupont, LocalDate.of(2015, 5, 4));
        assertThat(account.balance()).isEqualTo(Money.euros("120.60"));
        assertThat(account.unpaidInvoices()).containsExactly(
                new UnpaidInvoice("AL-14", APRIL_8, LocalDate.of(2015, 4, 30), Money.euros("120.60")));
        assertThat(account.unpaidTotal()).isEqualTo(Money.euros("120.60"));
        assertThat(ledgerRows).hasSize(4);
    }

    @Test
    void before_the_invoice_date_nothing_is_due() {
        invoice(dupont, "120.60");
        AccountSituation account = situation.accountSituation(dupont, APRIL_8.minusDays(1));
        assertThat(account.balance()).isEqualTo(Money.ZERO);
        assertThat(account.unpaidInvoices()).isEmpty();
    }

    @Test
    void a_partial_payment_leaves_the_rest_due() {
        String number = invoice(dupont, "120.60");
        pay.recordPayment(new RecordPaymentCommand(number, APRIL_8, "CASH", Money.euros("100.00")));
        AccountSituation account = situation.accountSituation(dupont, APRIL_8);
        assertThat(account.unpaidInvoices()).extracting(UnpaidInvoice::amountDue).containsExactly(Money.euros("20.60"));
        assertThat(account.balance()).isEqualTo(Money.euros("20.60"));
    }

    @Test
    void an_overpayment_is_refused_and_records_nothing() {
        String number = invoice(dupont, "120.60");
        assertThatThrownBy(() -> pay.recordPayment(new RecordPaymentCommand(number, APRIL_8, "CHEQUE",
                Money.euros("120.61")))).isInstanceOf(IllegalArgumentException.class);
        assertThat(paymentRows).isEmpty();
        assertThat(ledgerRows).hasSize(1);
    }

    @Test
    void an_unknown_invoice_cannot_be_paid() {
        assertThatThrownBy(() -> pay.recordPayment(new RecordPaymentCommand("AL-999", APRIL_8, "CHEQUE",
                Money.euros("1.00")))).isInstanceOf(IllegalArgumentException.class);
    }
}
