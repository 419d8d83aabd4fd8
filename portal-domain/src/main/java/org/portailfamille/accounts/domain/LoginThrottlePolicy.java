package org.portailfamille.accounts.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Brute-force protection: after a few failed attempts on the same login (or from the same address), each
 * new attempt must wait a delay that doubles with every further failure, up to a ceiling. There is never a
 * permanent lockout; a success on the login clears its counter. Unknown logins are counted like known ones,
 * so the answer never tells whether a login exists.
 */
public final class LoginThrottlePolicy {

    /** Failures allowed on one login before delays start. */
    public static final int FREE_FAILURES_PER_LOGIN = 3;
    /** Failures allowed from one address (several families may share one) before delays start. */
    public static final int FREE_FAILURES_PER_ADDRESS = 20;
    /** The longest delay ever imposed. */
    public static final Duration MAX_DELAY = Duration.ofMinutes(15);
    /** A counter whose last failure is older than this starts again from zero. */
    public static final Duration COUNTER_RESET_AFTER = Duration.ofHours(1);

    private LoginThrottlePolicy() {
    }

    /** The delay imposed after {@code failures} consecutive failures, when {@code freeFailures} are allowed. */
    public static Duration delayAfter(int failures, int freeFailures) {
        if (failures < freeFailures) {
            return Duration.ZERO;
        }
        int exponent = Math.min(failures - freeFailures, 20);
        Duration delay = Duration.ofSeconds(1L << exponent);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    /** Whether a failure at {@code now} continues the counter or starts a new one. */
    public static boolean counterExpired(FailedAttempts attempts, Instant now) {
        return attempts.lastFailureAt().plus(COUNTER_RESET_AFTER).isBefore(now);
    }

    /** When the next attempt may be made, given the failures so far and the time of the last one. */
    public static Instant nextAttemptAllowedAt(FailedAttempts attempts, int freeFailures) {
        return attempts.lastFailureAt().plus(delayAfter(attempts.failures(), freeFailures));
    }

    /** Failed attempts counted under one key (a login or an address). */
    public record FailedAttempts(int failures, Instant lastFailureAt) {
        public FailedAttempts {
            if (failures < 0) {
                throw new IllegalArgumentException("failures");
            }
        }
    }
}
