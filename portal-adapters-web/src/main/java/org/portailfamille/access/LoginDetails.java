package org.portailfamille.access;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * What the login form's request tells besides the credentials: the client address (the throttle's) and the device
 * cookie's proof that this browser logged in to the typed account before ({@link DeviceCookies}).
 */
public class LoginDetails extends WebAuthenticationDetails {

    private final String trustedDevice;

    LoginDetails(HttpServletRequest request, DeviceCookies devices) {
        super(request);
        this.trustedDevice = devices.trustedDevice(request, request.getParameter("identifiant")).orElse("");
    }

    /** The device id when the browser's cookie was issued for the typed identifiant; empty otherwise. */
    public String trustedDevice() {
        return trustedDevice;
    }

    static AuthenticationDetailsSource<HttpServletRequest, LoginDetails> source(DeviceCookies devices) {
        return request -> new LoginDetails(request, devices);
    }
}
