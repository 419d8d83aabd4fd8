package org.portailfamille.accounts.application.port.in;

import java.time.Duration;

/** The outcome of a login attempt. A rejection never says whether the login exists. */
public sealed interface LogInResult {

    record Authenticated(AuthenticatedUser user) implements LogInResult {
    }

    record Rejected() implements LogInResult {
    }

    /** Too many failures: the next attempt is possible after {@code retryAfter}. */
    record Throttled(Duration retryAfter) implements LogInResult {
    }

    /**
     * The portal is checking as many passwords as it may at once and this attempt waited too long for its turn
     * (admission control, ADR 0039): nothing was checked or counted; the user tries again after {@code retryAfter},
     * the time the parents already told to wait need for their checks (the waiting room, ADR 0045).
     */
    record Busy(Duration retryAfter) implements LogInResult {
    }
}
