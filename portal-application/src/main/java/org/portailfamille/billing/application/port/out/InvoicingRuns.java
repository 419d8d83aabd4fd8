package org.portailfamille.billing.application.port.out;

import org.jspecify.annotations.Nullable;
import org.portailfamille.billing.RegieId;
import org.portailfamille.billing.domain.InvoicingRun;
import org.portailfamille.billing.domain.RunFamily;
import org.portailfamille.shared.FamilyId;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where invoicing runs and their families are kept (the background job's state). */
public interface InvoicingRuns {

    /** Adds a draft and its families; false when another run of the régie and month is open (nothing stored). */
    boolean add(InvoicingRun run, List<RunFamily> families);

    Optional<InvoicingRun> byId(UUID id);

    /** The run, locked until the transaction ends. */
    Optional<InvoicingRun> byIdForUpdate(UUID id);

    Optional<InvoicingRun> openFor(RegieId regieId, YearMonth month);

    /** Latest first. */
    List<InvoicingRun> all(@Nullable RegieId regieId);

    List<RunFamily> familiesOf(UUID runId);

    /** An ISSUING run no other transaction holds, locked until this one ends (FOR UPDATE SKIP LOCKED). */
    Optional<InvoicingRun> lockNextIssuing();

    List<FamilyId> familiesToDo(UUID runId, int limit);

    void markFamilyDone(UUID runId, FamilyId familyId);

    /** Marks the families of a chunk done, in one statement. */
    default void markFamiliesDone(UUID runId, Collection<FamilyId> families) {
        families.forEach(family -> markFamilyDone(runId, family));
    }

    /** Stores the run's state, dates and counters. */
    void update(InvoicingRun run);
}
