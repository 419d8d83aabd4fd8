package org.portailfamille.billing.application.port.in;

import org.jspecify.annotations.Nullable;

import java.util.Objects;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Issue a draft run: a background job numbers and debits each family's invoice, chunk by chunk.
 *
 * @param runId   the draft
 * @param dueDate the invoices' due date; null for the issue date + 30 days. The issue date is today (portal clock).
 */
public record IssueInvoicingRunCommand(UUID runId, @Nullable LocalDate dueDate) {
    public IssueInvoicingRunCommand {
        Objects.requireNonNull(runId, "runId");
    }
}
