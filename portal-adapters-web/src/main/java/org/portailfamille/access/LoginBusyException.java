package org.portailfamille.access;

import org.springframework.security.core.AuthenticationException;

import java.time.Duration;

/**
 * The portal was checking as many passwords as it may at once (admission control, ADR 0039): the attempt was not
 * checked; the parent is sent to the waiting room, told to come back after {@code retryAfter} (ADR 0045).
 */
public class LoginBusyException extends AuthenticationException {

    private final Duration retryAfter;

    public LoginBusyException(Duration retryAfter) {
        super("Too many logins being checked at once");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
