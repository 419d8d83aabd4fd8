package org.portailfamille.billing.application.port.in;

import org.portailfamille.shared.Money;

import java.time.LocalDate;

/** A payment received for an invoice. {@code method} is a code such as "CHEQUE". */
public record RecordPaymentCommand(String invoiceNumber, LocalDate date, String method, Money amount) {
}
