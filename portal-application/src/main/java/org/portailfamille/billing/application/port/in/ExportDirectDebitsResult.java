package org.portailfamille.billing.application.port.in;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * What became of an export. CREATED: the file is stored, its invoices are "prélèvement en cours" and each family is
 * pre-notified. NOTHING_TO_COLLECT: no invoice of the month is due with an active mandate. UNKNOWN_REGIE, NO_MONTH,
 * COLLECTION_TOO_SOON (the date is before {@code earliestCollectionDate}), CREDITOR_NOT_SET (the creditor's ICS, IBAN
 * or BIC is missing from the settings).
 */
public record ExportDirectDebitsResult(Outcome outcome, @Nullable UUID fileId, int transactionCount, BigDecimal total,
                                       java.time.LocalDate earliestCollectionDate) {

    public enum Outcome { CREATED, NOTHING_TO_COLLECT, UNKNOWN_REGIE, NO_MONTH, COLLECTION_TOO_SOON, CREDITOR_NOT_SET }
}
