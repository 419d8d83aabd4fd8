package org.portailfamille.accounts.application.port.in;

import java.util.Objects;
import java.util.UUID;

/** "Changer mot de passe": the current password, the new one and its confirmation. */
public record ChangePasswordCommand(UUID loginId, String currentPassword, String newPassword, String confirmation) {
    public ChangePasswordCommand {
        Objects.requireNonNull(loginId, "loginId");
        currentPassword = currentPassword == null ? "" : currentPassword;
        newPassword = newPassword == null ? "" : newPassword;
        confirmation = confirmation == null ? "" : confirmation;
    }

    @Override
    public String toString() {
        return "ChangePasswordCommand[loginId=" + loginId + "]";
    }
}
