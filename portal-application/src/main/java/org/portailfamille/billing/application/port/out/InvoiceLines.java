package org.portailfamille.billing.application.port.out;

import org.portailfamille.billing.RegieId;
import org.portailfamille.billing.domain.BilledLine;
import org.portailfamille.billing.domain.InvoiceLine;
import org.portailfamille.billing.domain.PricedLine;
import org.portailfamille.shared.FamilyId;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Invoice lines and credit-note lines. */
public interface InvoiceLines {

    /** Adds a line to an invoice as the next billing round of its key (the database refuses a key billed twice). */
    void add(UUID invoiceId, PricedLine line);

    /** Adds the lines to an invoice, each as the next billing round of its key, in one round trip. */
    default void addAll(UUID invoiceId, List<PricedLine> lines) {
        lines.forEach(line -> add(invoiceId, line));
    }

    /**
     * Adds the lines of several invoices (a chunk of an invoicing run), each as the next billing round of its key,
     * in one statement: the round is still computed in it and the unique key still refuses a key billed twice
     * (ADR 0047).
     */
    default void addAll(Map<UUID, List<PricedLine>> linesByInvoice) {
        linesByInvoice.forEach(this::addAll);
    }

    /** Credits a billed line on a credit note (once: the database refuses a line credited twice). */
    void credit(UUID creditNoteId, BilledLine line);

    /** The family's lines of a régie's invoices for days of the month, not credited. */
    List<BilledLine> openOf(FamilyId familyId, RegieId regieId, YearMonth month);

    /** The same for several families at once (a chunk of a run): every family asked is a key of the map. */
    Map<FamilyId, List<BilledLine>> openOf(Collection<FamilyId> families, RegieId regieId, YearMonth month);

    /** Families with lines of the régie for days of the month that are not credited. */
    List<FamilyId> familiesWithOpenLines(RegieId regieId, YearMonth month);

    /** The same among some families only (a chunk of a run). */
    List<FamilyId> familiesWithOpenLines(RegieId regieId, YearMonth month, Collection<FamilyId> among);

    List<InvoiceLine> ofInvoice(UUID invoiceId);

    /** A credit note's lines: each credited invoice line. */
    List<InvoiceLine> creditedBy(UUID creditNoteId);
}
