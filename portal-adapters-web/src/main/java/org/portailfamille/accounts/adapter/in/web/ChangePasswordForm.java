package org.portailfamille.accounts.adapter.in.web;

/** The "Changer mot de passe" form. */
public class ChangePasswordForm extends NewPasswordForm {

    private String currentPassword = "";

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    @Override
    void clearPasswords() {
        super.clearPasswords();
        currentPassword = "";
    }
}
