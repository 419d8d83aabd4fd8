package org.portailfamille.accounts.application.port.out;

import java.time.Instant;
import java.util.UUID;

/** Remembers which accepted requests were applied, so that applying one twice has no effect. */
public interface AppliedRequests {

    /** Records the request as applied; false when it already was (decided by the database). */
    boolean markApplied(UUID requestId, Instant at);
}
