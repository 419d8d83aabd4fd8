package org.portailfamille.billing.domain;

import org.jspecify.annotations.Nullable;
import org.portailfamille.billing.RegieId;
import org.portailfamille.shared.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.UUID;

/**
 * An invoicing run of a régie for a month: DRAFT → ISSUING (worked in chunks by the background job) → ISSUED, or
 * DISCARDED. Its progress lives in the database, so it resumes after a restart.
 */
public record InvoicingRun(UUID id, RegieId regieId, YearMonth month, State state, String createdBy, Instant createdAt,
                           @Nullable LocalDate issueDate, @Nullable LocalDate dueDate, int familiesTotal,
                           int familiesDone, int invoicesIssued, int creditNotesIssued, Money totalInvoiced,
                           Money totalCredited) {

    public enum State { DRAFT, ISSUING, ISSUED, DISCARDED }

    public InvoicingRun {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(regieId, "regieId");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(state, "state");
        if ((state == State.ISSUING || state == State.ISSUED) != (issueDate != null && dueDate != null)) {
            throw new IllegalArgumentException("A run being issued has its dates, a draft has none");
        }
    }

    public static InvoicingRun draft(RegieId regieId, YearMonth month, String createdBy, Instant now, int families,
                                     Money toInvoice, Money toCredit) {
        return new InvoicingRun(UUID.randomUUID(), regieId, month, State.DRAFT, createdBy, now, null, null, families,
                0, 0, 0, toInvoice, toCredit);
    }

    /** A month may be billed once it is over ("à terme échu"). */
    public static boolean canBill(YearMonth month, LocalDate today) {
        return today.isAfter(month.atEndOfMonth());
    }

    public InvoicingRun issuing(LocalDate issueDate, LocalDate dueDate) {
        if (state != State.DRAFT) {
            throw new IllegalStateException("Only a draft is issued");
        }
        if (dueDate.isBefore(issueDate)) {
            throw new IllegalArgumentException("Due on or after the issue date");
        }
        return new InvoicingRun(id, regieId, month, State.ISSUING, createdBy, createdAt, issueDate, dueDate,
                familiesTotal, 0, 0, 0, Money.ZERO, Money.ZERO);
    }

    public InvoicingRun discarded() {
        if (state != State.DRAFT) {
            throw new IllegalStateException("Only a draft is discarded");
        }
        return new InvoicingRun(id, regieId, month, State.DISCARDED, createdBy, createdAt, null, null, familiesTotal,
                familiesDone, invoicesIssued, creditNotesIssued, totalInvoiced, totalCredited);
    }

    /** One more family done, with what it was issued. */
    public InvoicingRun familyDone(int invoices, int creditNotes, Money invoiced, Money credited) {
        return new InvoicingRun(id, regieId, month, state, createdBy, createdAt, issueDate, dueDate, familiesTotal,
                familiesDone + 1, invoicesIssued + invoices, creditNotesIssued + creditNotes,
                totalInvoiced.plus(invoiced), totalCredited.plus(credited));
    }

    public InvoicingRun issued() {
        return new InvoicingRun(id, regieId, month, State.ISSUED, createdBy, createdAt, issueDate, dueDate,
                familiesTotal, familiesDone, invoicesIssued, creditNotesIssued, totalInvoiced, totalCredited);
    }
}
