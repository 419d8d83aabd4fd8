package org.portailfamille.accounts.application.port.out;

import java.time.Duration;

/** Messages the accounts module sends to people (by e-mail); the adapter words them in French. */
public interface AccountNotifications {

    /** The identifiant and temporary password of a new or reset account. */
    void sendCredentials(String email, String displayName, String username, String temporaryPassword);

    /** Acknowledges an account application. */
    void sendRegistrationReceived(String email, String displayName);

    /** Tells an applicant their application was refused, and why. */
    void sendRegistrationRefused(String email, String displayName, String reason);

    void sendPasswordResetLink(String email, String displayName, String username, String link, Duration validity);
}
