package org.portailfamille.accounts.application.port.in;

import org.jspecify.annotations.Nullable;

/** A new temporary password: shown once when not e-mailed. */
public record TemporaryPasswordIssued(String username, @Nullable String passwordToShow, boolean mailed) {
    @Override
    public String toString() {
        return "TemporaryPasswordIssued[username=" + username + ", mailed=" + mailed + "]";
    }
}
