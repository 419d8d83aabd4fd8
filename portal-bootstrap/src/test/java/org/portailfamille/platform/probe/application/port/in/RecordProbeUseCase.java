package org.portailfamille.platform.probe.application.port.in;

/** A command use case (by its name) for UseCaseTransactionTest. */
public interface RecordProbeUseCase {

    /** Whether the transaction is read-only, after a write. */
    boolean record();
}
