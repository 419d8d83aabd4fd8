package org.portailfamille.accounts.application.port.in;

/**
 * Sends a single-use link, valid one hour, to the e-mail address of the matching login(s). Says nothing
 * about whether a login matched.
 */
public interface RequestPasswordResetUseCase {
    void requestPasswordReset(RequestPasswordResetCommand command);
}
