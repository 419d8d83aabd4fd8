package org.portailfamille.billing.application.port.in;

import java.util.UUID;

/** Drops a draft run (nothing was numbered). Returns false if the run is not a draft. */
public interface DiscardInvoicingRunUseCase {
    boolean discard(UUID runId);
}
