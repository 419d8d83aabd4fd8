package org.portailfamille.accounts.application.port.out;

import java.time.Duration;

/** Messages the accounts module sends to people (by e-mail); the adapter words them in French. */
public interface AccountNotifications {

    void sendPasswordResetLink(String email, String displayName, String username, String link, Duration validity);
}
