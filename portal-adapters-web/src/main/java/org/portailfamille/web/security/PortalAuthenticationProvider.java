package org.portailfamille.web.security;

import org.portailfamille.accounts.application.port.in.LogInCommand;
import org.portailfamille.accounts.application.port.in.LogInResult;
import org.portailfamille.accounts.application.port.in.LogInUseCase;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Delegates the credential check to the accounts module (hashing, throttle, timing). */
class PortalAuthenticationProvider implements AuthenticationProvider {

    private final LogInUseCase logIn;

    PortalAuthenticationProvider(LogInUseCase logIn) {
        this.logIn = logIn;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
        LogInResult result = logIn.logIn(new LogInCommand(username, password, address));
        if (result instanceof LogInResult.Authenticated authenticated) {
            return PortalAuthentication.of(new PortalUser(authenticated.user()));
        }
        if (result instanceof LogInResult.Throttled throttled) {
            throw new LoginThrottledException(throttled.retryAfter());
        }
        throw new BadCredentialsException("Bad credentials");
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
