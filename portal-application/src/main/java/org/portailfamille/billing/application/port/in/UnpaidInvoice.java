package org.portailfamille.billing.application.port.in;

import org.portailfamille.shared.Money;

import java.time.LocalDate;

/** A line of "Factures impayées": what is still due on an invoice. */
public record UnpaidInvoice(String number, LocalDate issueDate, LocalDate dueDate, Money amountDue) {
}
