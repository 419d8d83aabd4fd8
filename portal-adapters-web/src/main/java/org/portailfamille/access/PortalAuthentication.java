package org.portailfamille.access;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.List;

/** Builds the authentication token of a portal user, with ROLE_PARENT or ROLE_STAFF. */
public final class PortalAuthentication {

    private PortalAuthentication() {
    }

    public static UsernamePasswordAuthenticationToken of(PortalUser user) {
        String role = "ROLE_" + user.role().name();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, List.of(new SimpleGrantedAuthority(role)));
    }
}
