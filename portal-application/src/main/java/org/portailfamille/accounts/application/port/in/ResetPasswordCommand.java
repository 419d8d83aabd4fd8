package org.portailfamille.accounts.application.port.in;

/** The secret of a reset link, and the new password chosen with it. */
public record ResetPasswordCommand(String token, String newPassword, String confirmation) {
    public ResetPasswordCommand {
        token = token == null ? "" : token;
        newPassword = newPassword == null ? "" : newPassword;
        confirmation = confirmation == null ? "" : confirmation;
    }

    @Override
    public String toString() {
        return "ResetPasswordCommand[]";
    }
}
