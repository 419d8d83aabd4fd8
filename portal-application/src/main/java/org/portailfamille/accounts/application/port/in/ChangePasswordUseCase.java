package org.portailfamille.accounts.application.port.in;

/** A logged-in user replaces their password (a temporary one, or any time with the padlock). */
public interface ChangePasswordUseCase {
    PasswordChangeOutcome changePassword(ChangePasswordCommand command);
}
