package org.portailfamille.billing.adapter.out.persistence;

import org.junit.jupiter.api.Test;
import org.portailfamille.billing.application.port.out.Invoices;
import org.portailfamille.billing.application.port.out.Payments;
import org.portailfamille.billing.application.port.out.Regies;
import org.portailfamille.billing.domain.Invoice;
import org.portailfamille.billing.domain.Payment;
import org.portailfamille.billing.domain.PaymentMethod;
import org.portailfamille.billing.domain.Regie;
import org.portailfamille.shared.DateRange;
import org.portailfamille.shared.FamilyId;
import org.portailfamille.shared.Money;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class JooqInvoicesAndPaymentsTest {

    private static final LocalDate JAN = LocalDate.of(2026, 1, 31);
    private static final LocalDate FEB = LocalDate.of(2026, 2, 28);

    @Autowired
    Regies regies;
    @Autowired
    Invoices invoices;
    @Autowired
    Payments payments;
    @Autowired
    PlatformTransactionManager transactionManager;

    Invoice issue(Regie regie, FamilyId family, LocalDate date, String amount) {
        Invoice invoice = new Invoice(UUID.randomUUID(), regie.id(), family, regies.takeNextInvoiceNumber(regie.id()),
                date, date.plusDays(15), new DateRange(date.withDayOfMonth(1), date), Money.euros(amount));
        invoices.add(invoice);
        return invoice;
    }

    @Test
    void a_familys_invoices_read_back_up_to_a_date_in_order() {
        Regie regie = JooqRegiesTest.newRegie(regies, 12, 228);
        FamilyId family = FamilyId.newId();
        Invoice january = issue(regie, family, JAN, "243.20");
        Invoice february = issue(regie, family, FEB, "120.60");
        issue(regie, FamilyId.newId(), JAN, "99.99");

        assertThat(invoices.ofFamilyIssuedBy(family, FEB)).containsExactly(january, february);
        assertThat(invoices.ofFamilyIssuedBy(family, FEB.minusDays(1))).containsExactly(january);
        assertThat(invoices.ofFamilyIssuedBy(family, JAN.minusDays(1))).isEmpty();
        assertThat(invoices.byNumberForUpdate(january.number().toString())).contains(january);
        assertThat(invoices.byNumberForUpdate("ZZZZZZ-1")).isEmpty();
    }

    @Test
    void payments_read_back_by_invoice() {
        Regie regie = JooqRegiesTest.newRegie(regies, 1, 1);
        FamilyId family = FamilyId.newId();
        Invoice invoice = issue(regie, family, JAN, "100.00");
        Invoice other = issue(regie, family, JAN, "50.00");
        Payment cheque = new Payment(UUID.randomUUID(), regie.id(), family, regies.takeNextPaymentNumber(regie.id()),
                FEB, PaymentMethod.CHEQUE, Money.euros("60.00"), invoice.id());
        Payment rest = new Payment(UUID.randomUUID(), regie.id(), family, regies.takeNextPaymentNumber(regie.id()),
                FEB, PaymentMethod.CHEQUE, Money.euros("40.00"), invoice.id());
        payments.add(cheque);
        payments.add(rest);

        assertThat(payments.ofInvoices(List.of(invoice.id()))).containsExactlyInAnyOrder(cheque, rest);
        assertThat(payments.ofInvoices(List.of(other.id()))).isEmpty();
        assertThat(payments.ofInvoices(List.of())).isEmpty();
    }

    @Test
    void reading_an_invoice_for_update_holds_it_until_the_transaction_ends() throws Exception {
        Regie regie = JooqRegiesTest.newRegie(regies, 1, 1);
        FamilyId family = FamilyId.newId();
        Invoice invoice = issue(regie, family, JAN, "10.00");
        String number = invoice.number().toString();
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        CountDownLatch held = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = pool.submit(() -> transaction.executeWithoutResult(status -> {
                invoices.byNumberForUpdate(number).orElseThrow();
                held.countDown();
                try {
                    Thread.sleep(600);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                payments.add(new Payment(UUID.randomUUID(), regie.id(), family, regies.takeNextPaymentNumber(regie.id()),
                        FEB, PaymentMethod.CHEQUE, Money.euros("10.00"), invoice.id()));
            }));
            held.await();
            Future<List<Payment>> second = pool.submit(() -> transaction.execute(status -> {
                invoices.byNumberForUpdate(number).orElseThrow();
                return payments.ofInvoices(List.of(invoice.id()));
            }));
            assertThat(second.get()).as("the second sees the invoice only once the first has paid it").hasSize(1);
            first.get();
        } finally {
            pool.shutdownNow();
        }
    }
}
