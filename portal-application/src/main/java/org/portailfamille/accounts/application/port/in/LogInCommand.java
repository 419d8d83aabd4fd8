package org.portailfamille.accounts.application.port.in;

import java.util.Objects;

/** What the login form sends, and the address it comes from (for the brute-force throttle). */
public record LogInCommand(String username, String password, String remoteAddress) {
    public LogInCommand {
        username = username == null ? "" : username;
        password = password == null ? "" : password;
        Objects.requireNonNull(remoteAddress, "remoteAddress");
    }

    @Override
    public String toString() {
        return "LogInCommand[username=" + username + ", remoteAddress=" + remoteAddress + "]";
    }
}
