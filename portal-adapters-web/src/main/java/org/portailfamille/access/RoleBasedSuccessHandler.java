package org.portailfamille.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

import java.io.IOException;

/** After login: the forced password change first, else the home page of the user's area. */
class RoleBasedSuccessHandler implements AuthenticationSuccessHandler {

    private final DeviceCookies devices;

    RoleBasedSuccessHandler(DeviceCookies devices) {
        this.devices = devices;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException {
        PortalUser user = (PortalUser) authentication.getPrincipal();
        devices.issue(user.getName(), request, response); // this browser is the owner's from now on (ADR 0034)
        String target = user.passwordChangeRequired() ? "/mot-de-passe/changer"
                : user.isStaff() ? "/gestion/accueil" : "/famille/accueil";
        response.sendRedirect(request.getContextPath() + target);
    }
}
