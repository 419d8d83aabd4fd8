package org.portailfamille.billing.domain;

import org.portailfamille.shared.Money;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;

/** What remains to pay on an invoice at a date, given the payments received for it by then. */
public final class InvoiceSettlement {

    private InvoiceSettlement() {
    }

    public static Money remainingAt(Invoice invoice, Collection<Payment> paymentsOfInvoice, LocalDate date) {
        Objects.requireNonNull(date, "date");
        Money paid = paymentsOfInvoice.stream()
                .filter(payment -> payment.invoiceId().equals(invoice.id()))
                .filter(payment -> !payment.date().isAfter(date))
                .map(Payment::amount)
                .reduce(Money.ZERO, Money::plus);
        Money remaining = invoice.amount().minus(paid);
        return remaining.isNegative() ? Money.ZERO : remaining;
    }

    /** Whether a new payment would pay more than what remains due on the invoice. */
    public static boolean wouldOverpay(Invoice invoice, Collection<Payment> paymentsOfInvoice, Money newPayment) {
        Money paid = paymentsOfInvoice.stream().map(Payment::amount).reduce(Money.ZERO, Money::plus);
        return paid.plus(newPayment).compareTo(invoice.amount()) > 0;
    }
}
