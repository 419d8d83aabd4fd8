package org.portailfamille.billing.application.port.in;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

/**
 * An invoicing run and its progress (the progress bar: familiesDone / familiesTotal).
 *
 * @param familiesTotal   families the run bills or credits
 * @param familiesDone    families already issued (ISSUING: grows chunk by chunk; ISSUED: all)
 * @param invoicesIssued  invoices numbered so far
 * @param creditNotesIssued credit notes numbered so far
 * @param totalInvoiced   sum of the invoices (draft: to issue; issuing/issued: issued so far)
 * @param totalCredited   sum of the credit notes (same)
 * @param issueDate       the date the invoices bear (set at issue)
 * @param dueDate         their due date (set at issue)
 */
public record RunSummary(UUID runId, UUID regieId, String regieName, YearMonth month, RunStatus status,
                         int familiesTotal, int familiesDone, int invoicesIssued, int creditNotesIssued,
                         BigDecimal totalInvoiced, BigDecimal totalCredited, String createdBy, Instant createdAt,
                         @Nullable LocalDate issueDate, @Nullable LocalDate dueDate) {

    /** Percent done, 0 to 100, for a progress bar. */
    public int percentDone() {
        return familiesTotal == 0 ? (status == RunStatus.ISSUED ? 100 : 0) : familiesDone * 100 / familiesTotal;
    }
}
