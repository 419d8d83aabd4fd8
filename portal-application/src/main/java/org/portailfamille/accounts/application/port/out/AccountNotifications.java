package org.portailfamille.accounts.application.port.out;

import java.time.Duration;

/** Messages the accounts module sends to people (by e-mail); the adapter words them in French. */
public interface AccountNotifications {

    /** The identifiant and temporary password of a new or reset account. */
    void sendCredentials(String email, String displayName, String username, String temporaryPassword);

    void sendPasswordResetLink(String email, String displayName, String username, String link, Duration validity);
}
