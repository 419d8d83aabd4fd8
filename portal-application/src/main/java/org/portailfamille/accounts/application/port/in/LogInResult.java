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
}
