package org.portailfamille.accounts.application.port.out;

import org.portailfamille.accounts.domain.LoginThrottlePolicy.FailedAttempts;

import java.time.Instant;
import java.util.Optional;

/** Counters of failed logins, shared by every portal instance. */
public interface LoginAttempts {

    /**
     * The failures counted under the key. Within a transaction, the counter stays held until it ends, so that
     * simultaneous attempts on one key are decided one after the other (none reads a count another is about
     * to raise).
     */
    Optional<FailedAttempts> of(String key);

    /**
     * Counts one more failure under the key, atomically; the counter starts again at 1 when its last failure
     * is older than {@code counterStartsAgainIfLastBefore}.
     */
    void recordFailure(String key, Instant at, Instant counterStartsAgainIfLastBefore);

    void clear(String key);
}
