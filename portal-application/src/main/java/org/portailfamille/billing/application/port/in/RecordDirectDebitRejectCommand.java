package org.portailfamille.billing.application.port.in;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** The bank returned the debit of an invoice, for a reason code (AM04, MD01…), on a date. */
public record RecordDirectDebitRejectCommand(String invoiceNumber, String reasonCode, @Nullable LocalDate date) {
}
