package org.portailfamille.accounts.application.port.in;

import java.util.Optional;

/** Sets a new password through a reset link. The link works once, within its hour. */
public interface ResetPasswordUseCase {

    /** Whether the link can still be used. */
    boolean isResetLinkUsable(String token);

    PasswordChangeOutcome resetPassword(ResetPasswordCommand command);

    /** The username whose password the link resets, when usable (to end that user's other sessions). */
    Optional<String> usernameOfResetLink(String token);
}
