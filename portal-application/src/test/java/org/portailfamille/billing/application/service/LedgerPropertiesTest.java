package org.portailfamille.billing.application.service;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.portailfamille.billing.RegieId;
import org.portailfamille.billing.application.port.in.AllocateCreditCommand;
import org.portailfamille.billing.application.port.in.CancelPaymentCommand;
import org.portailfamille.billing.application.port.in.CreateRegieCommand;
import org.portailfamille.billing.application.port.in.IssueInvoiceCommand;
import org.portailfamille.billing.application.port.in.ReceivePaymentCommand;
import org.portailfamille.billing.application.port.in.ReceivePaymentResult;
import org.portailfamille.billing.application.port.in.StatementQuery;
import org.portailfamille.billing.domain.Allocation;
import org.portailfamille.billing.domain.Invoice;
import org.portailfamille.billing.domain.LedgerEntry;
import org.portailfamille.billing.domain.Payment;
import org.portailfamille.shared.FamilyId;
import org.portailfamille.shared.Money;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger's properties over random operations (invoices, payments allocated oldest first or to chosen invoices,
 * overpayments, later allocations of credit, cancellations) of many families: 300 tries of up to 60 operations.
 */
class LedgerPropertiesTest {

    private static final LocalDate START = LocalDate.of(2014, 9, 1);

    /** One random operation: kind, family, amount in cents, a choice among existing documents, a day offset. */
    record Op(int kind, int family, int cents, int pick, int day) {
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<Op> op = net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, 9),
                Arbitraries.integers().between(0, 5), Arbitraries.integers().between(1, 40_000),
                Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 300)).as(Op::new);
        return op.list().ofMinSize(1).ofMaxSize(60);
    }

    @Property(tries = 300)
    void balances_allocations_and_payments_stay_consistent(@ForAll("operations") List<Op> ops) {
        InMemoryBilling store = new InMemoryBilling();
        Clock clock = Clock.fixed(Instant.parse("2015-08-31T10:00:00Z"), ZoneOffset.UTC);
        UUID regie = new CreateRegieService(store.regies).createRegie(new CreateRegieCommand("Régie", "AL", 12, 228));
        IssueInvoiceService issue = new IssueInvoiceService(store.regies, store.invoices, store.ledger);
        PaymentService payments = new PaymentService(store.regies, store.invoices, store.payments, store.allocations,
                store.ledger, clock);
        StatementService statements = new StatementService(store.regies, store.invoices, null, store.payments,
                store.allocations, store.ledger, InMemoryBilling.noFamilies(), InMemoryBilling.noChildren(), clock);
        List<FamilyId> families = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            families.add(FamilyId.newId());
        }
        for (Op op : ops) {
            FamilyId family = families.get(op.family());
            LocalDate date = START.plusDays(op.day());
            BigDecimal amount = BigDecimal.valueOf(op.cents(), 2);
            List<Invoice> invoices = store.invoices.ofFamilyAtRegieForUpdate(family, new RegieId(regie));
            List<Payment> paid = store.payments.ofFamily(family);
            switch (op.kind()) {
                case 0, 1, 2 -> issue.issueInvoice(new IssueInvoiceCommand(regie, family, date, date.plusDays(30),
                        date.withDayOfMonth(1), date, new Money(amount)));
                case 3, 4 -> payments.receivePayment(new ReceivePaymentCommand(family, regie, date,
                        op.pick() % 2 == 0 ? "CHEQUE" : "CASH", amount, null, List.of()));
                case 5 -> {
                    if (!invoices.isEmpty()) {
                        Invoice chosen = invoices.get(op.pick() % invoices.size());
                        ReceivePaymentResult result = payments.receivePayment(new ReceivePaymentCommand(family, regie,
                                date, "CARD", amount, null, List.of(chosen.number().toString())));
                        assertThat(result.recorded() || !result.problems().isEmpty()).isTrue();
                    }
                }
                case 6, 7 -> {
                    if (!paid.isEmpty()) {
                        payments.allocate(new AllocateCreditCommand(family,
                                paid.get(op.pick() % paid.size()).number().toString(), List.of()));
                    }
                }
                case 8 -> {
                    if (!paid.isEmpty()) {
                        payments.cancelPayment(new CancelPaymentCommand(family,
                                paid.get(op.pick() % paid.size()).number().toString(), date, "Chèque sans provision"));
                    }
                }
                default -> payments.receivePayment(new ReceivePaymentCommand(family, regie, date, "TREASURY_TITLE",
                        amount, "ORMC-" + op.pick(), List.of()));
            }
        }
        Map<UUID, Money> perInvoice = store.allocationRows.stream().collect(Collectors.groupingBy(Allocation::invoiceId,
                Collectors.reducing(Money.ZERO, Allocation::amount, Money::plus)));
        Map<UUID, Money> perCredit = store.allocationRows.stream().collect(Collectors.groupingBy(Allocation::creditId,
                Collectors.reducing(Money.ZERO, Allocation::amount, Money::plus)));
        for (Invoice invoice : store.invoiceRows) {
            Money allocated = perInvoice.getOrDefault(invoice.id(), Money.ZERO);
            assertThat(allocated.isNegative()).as("allocations to %s", invoice.number()).isFalse();
            assertThat(allocated).as("no invoice paid twice: %s", invoice.number()).isLessThanOrEqualTo(invoice.amount());
        }
        for (Payment payment : store.paymentRows) {
            Money allocated = perCredit.getOrDefault(payment.id(), Money.ZERO);
            assertThat(allocated.isNegative()).isFalse();
            assertThat(allocated).as("a payment allocates at most its amount").isLessThanOrEqualTo(payment.amount());
            boolean cancelled = store.cancellationRows.stream().anyMatch(c -> c.paymentId().equals(payment.id()));
            if (cancelled) {
                assertThat(allocated).as("a cancelled payment releases its allocations").isEqualTo(Money.ZERO);
            }
            assertThat(store.allocationRows.stream().filter(a -> a.creditId().equals(payment.id()))
                    .allMatch(a -> store.invoiceRows.stream().anyMatch(i -> i.id().equals(a.invoiceId())
                            && i.familyId().equals(payment.familyId())))).as("only the family's invoices").isTrue();
        }
        for (FamilyId family : families) {
            List<LedgerEntry> entries = store.ledger.entriesOf(family);
            Money debits = entries.stream().map(LedgerEntry::debit).reduce(Money.ZERO, Money::plus);
            Money credits = entries.stream().map(LedgerEntry::credit).reduce(Money.ZERO, Money::plus);
            Money invoiced = store.invoiceRows.stream().filter(i -> i.familyId().equals(family)).map(Invoice::amount)
                    .reduce(Money.ZERO, Money::plus);
            Money received = store.paymentRows.stream().filter(p -> p.familyId().equals(family)).map(Payment::amount)
                    .reduce(Money.ZERO, Money::plus);
            Money cancelled = store.paymentRows.stream().filter(p -> p.familyId().equals(family))
                    .filter(p -> store.cancellationRows.stream().anyMatch(c -> c.paymentId().equals(p.id())))
                    .map(Payment::amount).reduce(Money.ZERO, Money::plus);
            assertThat(debits).isEqualTo(invoiced.plus(cancelled));
            assertThat(credits).isEqualTo(received);
            Money balance = debits.minus(credits);
            assertThat(store.ledger.balanceAt(family, LocalDate.of(2099, 1, 1))).isEqualTo(balance);
            BigDecimal statementBalance = statements.statement(new StatementQuery(family,
                    org.portailfamille.shared.SchoolYear.containing(START))).balance();
            assertThat(statementBalance).isEqualByComparingTo(balance.amount());
        }
    }
}
