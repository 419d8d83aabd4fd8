package org.portailfamille.platform.probe.application.port.in;

/** A query use case (by its name) for UseCaseTransactionTest. */
public interface ViewProbeUseCase {

    /** Whether the transaction is read-only, after trying a write when asked. */
    boolean view(boolean tryToWrite);
}
