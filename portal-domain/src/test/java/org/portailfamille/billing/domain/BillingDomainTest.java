package org.portailfamille.billing.domain;

import org.junit.jupiter.api.Test;
import org.portailfamille.billing.RegieId;
import org.portailfamille.shared.DateRange;
import org.portailfamille.shared.FamilyId;
import org.portailfamille.shared.Money;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BillingDomainTest {

    private static final RegieId REGIE = RegieId.newId();
    private static final FamilyId FAMILY = FamilyId.newId();
    private static final LocalDate APRIL_8 = LocalDate.of(2015, 4, 8);

    private static Invoice invoice(String amount) {
        return new Invoice(UUID.randomUUID(), REGIE, FAMILY, new OperationNumber("AL", 36), APRIL_8,
                LocalDate.of(2015, 4, 30), new DateRange(LocalDate.of(2015, 4, 1), LocalDate.of(2015, 4, 30)),
                Money.euros(amount));
    }

    private static Payment payment(Invoice invoice, String amount, LocalDate date) {
        return new Payment(UUID.randomUUID(), REGIE, FAMILY, new OperationNumber("AL", 228), date,
                PaymentMethod.CHEQUE, Money.euros(amount), invoice.id());
    }

    @Test
    void operation_numbers_read_as_in_the_guide() {
        assertThat(new OperationNumber("AL", 36)).hasToString("AL-36");
        assertThat(OperationNumber.parse("AL-228")).isEqualTo(new OperationNumber("AL", 228));
        assertThatThrownBy(() -> new OperationNumber("AL", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_regie_prefix_is_short_capitals() {
        assertThat(new Regie(REGIE, "Régie garderie ALSH", "AL", 12, 228).prefix()).isEqualTo("AL");
        assertThatThrownBy(() -> new Regie(REGIE, "R", "al", 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_invoice_is_positive_and_falls_due_after_its_date() {
        assertThatThrownBy(() -> invoice("0.00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Invoice(UUID.randomUUID(), REGIE, FAMILY, new OperationNumber("AL", 1), APRIL_8,
                APRIL_8.minusDays(1), new DateRange(APRIL_8, APRIL_8), Money.euros("1.00")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void remaining_due_counts_payments_received_by_the_date() {
        Invoice invoice = invoice("120.60");
        List<Payment> payments = List.of(payment(invoice, "20.60", APRIL_8.plusDays(2)),
                payment(invoice, "100.00", APRIL_8.plusDays(10)));
        assertThat(InvoiceSettlement.remainingAt(invoice, payments, APRIL_8)).isEqualTo(Money.euros("120.60"));
        assertThat(InvoiceSettlement.remainingAt(invoice, payments, APRIL_8.plusDays(2))).isEqualTo(Money.euros("100.00"));
        assertThat(InvoiceSettlement.remainingAt(invoice, payments, APRIL_8.plusDays(10))).isEqualTo(Money.ZERO);
    }

    @Test
    void a_payment_may_not_exceed_what_is_due() {
        Invoice invoice = invoice("120.60");
        List<Payment> paid = List.of(payment(invoice, "100.00", APRIL_8));
        assertThat(InvoiceSettlement.wouldOverpay(invoice, paid, Money.euros("20.60"))).isFalse();
        assertThat(InvoiceSettlement.wouldOverpay(invoice, paid, Money.euros("20.61"))).isTrue();
    }

    @Test
    void a_ledger_entry_is_either_a_debit_or_a_credit() {
        Invoice invoice = invoice("120.60");
        LedgerEntry debit = LedgerEntry.debit(invoice);
        assertThat(debit.debit()).isEqualTo(Money.euros("120.60"));
        assertThat(debit.credit()).isEqualTo(Money.ZERO);
        assertThat(debit.operationNumber()).isEqualTo("AL-36");
        assertThatThrownBy(() -> new LedgerEntry(FAMILY, REGIE, APRIL_8, "X-1", Money.euros("1.00"), Money.euros("1.00")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LedgerEntry(FAMILY, REGIE, APRIL_8, "X-1", Money.ZERO, Money.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
