package org.portailfamille.billing.application.port.in;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Staff's list of runs, a run's progress and its preview. */
public interface ViewInvoicingRunsUseCase {

    /** Every run, latest first; of one régie when {@code regieId} is given. */
    List<RunSummary> runs(@org.jspecify.annotations.Nullable UUID regieId);

    /** The run's state and progress (cheap: for polling a progress bar). */
    Optional<RunSummary> progress(UUID runId);

    /** Totals per family and anomalies (a draft: what issuing would do; later: what the run did). */
    Optional<RunPreview> preview(UUID runId);
}
