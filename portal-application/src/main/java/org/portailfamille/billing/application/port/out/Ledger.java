package org.portailfamille.billing.application.port.out;

import org.portailfamille.billing.domain.LedgerEntry;
import org.portailfamille.shared.FamilyId;
import org.portailfamille.shared.Money;

import java.time.LocalDate;

/** The append-only family ledger. */
public interface Ledger {

    void append(LedgerEntry entry);

    /** Appends the entries in this order, in one statement (a chunk of an invoicing run, ADR 0047). */
    default void appendAll(java.util.List<LedgerEntry> entries) {
        entries.forEach(this::append);
    }

    /** Σ debits − Σ credits of the family's entries dated on or before {@code date}. */
    Money balanceAt(FamilyId familyId, LocalDate date);

    /** The family's entries in the order they were appended. */
    java.util.List<LedgerEntry> entriesOf(FamilyId familyId);
}
