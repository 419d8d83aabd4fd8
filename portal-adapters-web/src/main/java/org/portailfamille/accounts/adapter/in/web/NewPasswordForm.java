package org.portailfamille.accounts.adapter.in.web;

/** What every password form asks for: the new password, typed twice. */
public abstract class NewPasswordForm {

    private String newPassword = "";
    private String confirmation = "";

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

    /** Empties the password fields, so that a refused form is never sent back with them. */
    void clearPasswords() {
        newPassword = "";
        confirmation = "";
    }
}
