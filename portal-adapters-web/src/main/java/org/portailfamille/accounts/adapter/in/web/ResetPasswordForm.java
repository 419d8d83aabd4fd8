package org.portailfamille.accounts.adapter.in.web;

/** The form reached from a reset link: the link's secret and the new password. */
public class ResetPasswordForm extends NewPasswordForm {

    private String token = "";

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
