package org.portailfamille.accounts.application.port.out;

import org.portailfamille.accounts.domain.LoginThrottlePolicy.FailedAttempts;

import java.time.Instant;
import java.util.Optional;

/** Counters of failed logins, shared by every portal instance. */
public interface LoginAttempts {

    Optional<FailedAttempts> of(String key);

    /**
     * Counts one more failure under the key, atomically; the counter starts again at 1 when its last failure
     * is older than {@code counterStartsAgainIfLastBefore}.
     */
    void recordFailure(String key, Instant at, Instant counterStartsAgainIfLastBefore);

    void clear(String key);
}
