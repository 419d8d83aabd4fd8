package org.portailfamille.web.security;

import org.springframework.security.core.AuthenticationException;

import java.time.Duration;

/** Too many failed logins: the next attempt is possible after {@link #retryAfter()}. */
class LoginThrottledException extends AuthenticationException {

    private final transient Duration retryAfter;

    LoginThrottledException(Duration retryAfter) {
        super("Too many failed login attempts");
        this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
        return retryAfter;
    }
}
