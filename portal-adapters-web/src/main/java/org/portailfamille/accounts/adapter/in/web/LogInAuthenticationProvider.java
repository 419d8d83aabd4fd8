package org.portailfamille.accounts.adapter.in.web;

import org.portailfamille.access.LoginBusyException;
import org.portailfamille.access.LoginDetails;
import org.portailfamille.access.LoginThrottledException;
import org.portailfamille.access.PortalAuthentication;
import org.portailfamille.access.PortalUser;
import org.portailfamille.accounts.application.port.in.AuthenticatedUser;
import org.portailfamille.accounts.application.port.in.LogInCommand;
import org.portailfamille.accounts.application.port.in.LogInResult;
import org.portailfamille.accounts.application.port.in.LogInUseCase;
import org.portailfamille.accounts.application.port.in.UserRole;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** The login form's credentials go to the accounts module's log-in use case (hashing, throttle, timing). */
@Component
class LogInAuthenticationProvider implements AuthenticationProvider {

    private final LogInUseCase logIn;

    LogInAuthenticationProvider(LogInUseCase logIn) {
        this.logIn = logIn;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
        String device = authentication.getDetails() instanceof LoginDetails details ? details.trustedDevice() : "";
        LogInResult result = logIn.logIn(new LogInCommand(username, password, address, device));
        if (result instanceof LogInResult.Authenticated authenticated) {
            return PortalAuthentication.of(toPortalUser(authenticated.user()));
        }
        if (result instanceof LogInResult.Throttled throttled) {
            throw new LoginThrottledException(throttled.retryAfter());
        }
        if (result instanceof LogInResult.Busy busy) {
            throw new LoginBusyException(busy.retryAfter());
        }
        throw new BadCredentialsException("Bad credentials");
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    static PortalUser toPortalUser(AuthenticatedUser user) {
        return new PortalUser(user.loginId(), user.username(),
                user.role() == UserRole.STAFF ? PortalUser.Role.STAFF : PortalUser.Role.PARENT, user.familyId(),
                user.displayName(), user.passwordChangeRequired());
    }
}
