package org.portailfamille.accounts.adapter.in.web;

/** The form reached from a reset link: the link's secret and the new password. */
public class ResetPasswordForm {

    private String token = "";
    private String newPassword = "";
    private String confirmation = "";

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
