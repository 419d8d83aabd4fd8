package org.portailfamille.billing.application.port.in;

import org.jspecify.annotations.Nullable;

import java.util.UUID;

/**
 * The draft run created, or why not.
 *
 * @param runId   the new draft, or the run already open for that régie and month (ALREADY_OPEN)
 * @param outcome CREATED, ALREADY_OPEN (a draft or a run being issued exists: its id is given), MONTH_NOT_OVER,
 *                UNKNOWN_REGIE
 */
public record CreateInvoicingRunResult(@Nullable UUID runId, Outcome outcome) {
    public enum Outcome { CREATED, ALREADY_OPEN, MONTH_NOT_OVER, UNKNOWN_REGIE }
}
