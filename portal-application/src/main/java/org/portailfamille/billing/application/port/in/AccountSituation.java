package org.portailfamille.billing.application.port.in;

import org.portailfamille.shared.Money;

import java.time.LocalDate;
import java.util.List;

/** A family's account at a date: its balance (debits − credits) and its unpaid invoices. */
public record AccountSituation(LocalDate date, Money balance, List<UnpaidInvoice> unpaidInvoices) {
    public AccountSituation {
        unpaidInvoices = List.copyOf(unpaidInvoices);
    }

    public Money unpaidTotal() {
        return unpaidInvoices.stream().map(UnpaidInvoice::amountDue).reduce(Money.ZERO, Money::plus);
    }
}
