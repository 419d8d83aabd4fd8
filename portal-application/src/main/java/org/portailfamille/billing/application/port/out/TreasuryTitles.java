package org.portailfamille.billing.application.port.out;

import org.jspecify.annotations.Nullable;
import org.portailfamille.billing.RegieId;
import org.portailfamille.billing.domain.TreasuryTitle;

import java.util.List;

/** Titles handed to the treasury and their numbering per régie and year (decided by the database). */
public interface TreasuryTitles {

    /**
     * Holds the numbering of the régie's year until the transaction ends (created at 1 if new). Taken before any
     * invoice is locked, so that two issuing transactions never wait for each other in opposite orders.
     */
    void lockNumbering(RegieId regieId, int year);

    /** The next number of the régie's year (call {@link #lockNumbering} first): gap-free, rolled back with the transaction. */
    long takeNextNumber(RegieId regieId, int year);

    void add(TreasuryTitle title);

    /** Titles, latest first (at most {@code limit}), of a régie or all. */
    List<TreasuryTitle> latest(@Nullable RegieId regieId, int limit);
}
