package org.portailfamille.access;

import org.springframework.security.core.AuthenticationException;

/**
 * The portal was checking as many passwords as it may at once (admission control, ADR 0039): the attempt was not
 * checked; the login form asks to try again in a moment.
 */
public class LoginBusyException extends AuthenticationException {

    public LoginBusyException() {
        super("Too many logins being checked at once");
    }
}
