package org.portailfamille.access;

import org.springframework.security.core.AuthenticationException;

import java.time.Duration;

/** Too many failed logins: the next attempt is possible after {@link #retryAfter()}. */
public class LoginThrottledException extends AuthenticationException {

    private final transient Duration retryAfter;

    public LoginThrottledException(Duration retryAfter) {
        super("Too many failed login attempts");
        this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
        return retryAfter;
    }
}
