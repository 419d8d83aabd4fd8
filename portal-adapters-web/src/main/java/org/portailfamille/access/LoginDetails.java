package org.portailfamille.access;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * What the login form's request tells besides the credentials: the client address (the throttle's) and the device
 * cookie's proof that this browser logged in to the typed account before ({@link DeviceCookies}), and the waiting
 * room's ticket ({@link WaitingRoomTickets}).
 */
public class LoginDetails extends WebAuthenticationDetails {

    private final String trustedDevice;
    private final boolean afterWaitingRoom;

    LoginDetails(HttpServletRequest request, DeviceCookies devices, WaitingRoomTickets tickets) {
        super(request);
        this.trustedDevice = devices.trustedDevice(request, request.getParameter("identifiant")).orElse("");
        this.afterWaitingRoom = tickets.turnHasCome(request);
    }

    /** The device id when the browser's cookie was issued for the typed identifiant; empty otherwise. */
    public String trustedDevice() {
        return trustedDevice;
    }

    /** Whether the browser comes back from the waiting room at its turn (a valid ticket, ADR 0050). */
    public boolean afterWaitingRoom() {
        return afterWaitingRoom;
    }

    static AuthenticationDetailsSource<HttpServletRequest, LoginDetails> source(DeviceCookies devices,
                                                                                WaitingRoomTickets tickets) {
        return request -> new LoginDetails(request, devices, tickets);
    }
}
