package org.portailfamille.accounts.application.port.in;

import java.util.Objects;

/**
 * What the login form sends, the address it comes from (for the brute-force throttle) and, when the browser proved it
 * logged in to this account before (a signed device cookie, ADR 0034), that device's id; empty otherwise.
 */
public record LogInCommand(String username, String password, String remoteAddress, String trustedDevice) {
    public LogInCommand {
        username = username == null ? "" : username;
        password = password == null ? "" : password;
        Objects.requireNonNull(remoteAddress, "remoteAddress");
        trustedDevice = trustedDevice == null ? "" : trustedDevice;
    }

    /** An attempt from a browser not known to the account. */
    public LogInCommand(String username, String password, String remoteAddress) {
        this(username, password, remoteAddress, "");
    }

    @Override
    public String toString() {
        return "LogInCommand[username=" + username + ", remoteAddress=" + remoteAddress + "]";
    }
}
