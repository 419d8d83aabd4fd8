package org.portailfamille.billing.application.port.in;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One line of the "Relevé des opérations" (the pages write the description from these parts).
 *
 * @param number       N° Opération, e.g. "AL-36"
 * @param date         its date
 * @param kind         what it is
 * @param periodStart  INVOICE: first day billed
 * @param periodEnd    INVOICE: last day billed
 * @param method       PAYMENT: "CHEQUE", "CASH", "CARD", "DIRECT_DEBIT", …
 * @param reference    TREASURY_TITLE: the ORMC number; CREDIT_NOTE: the invoice credited; PAYMENT_CANCELLATION: the
 *                     payment cancelled; PAYMENT: the cheque number if any
 * @param regieId      the régie
 * @param regieName    "Régie garderie ALSH"
 * @param debit        0 or the debit
 * @param credit       0 or the credit
 * @param printable    whether a PDF exists (invoices and credit notes)
 */
public record OperationView(String number, LocalDate date, OperationKind kind, @Nullable LocalDate periodStart,
                            @Nullable LocalDate periodEnd, @Nullable String method, @Nullable String reference,
                            UUID regieId, String regieName, BigDecimal debit, BigDecimal credit, boolean printable) {
}
