package org.portailfamille.accounts.adapter.in.web;

/** "Mot de passe oublié ?": the identifiant or e-mail address. */
public class ForgottenPasswordForm {

    private String identifier = "";

    public String getIdentifier() {
        return identifier;
    }

    public void setIdentifier(String identifier) {
        this.identifier = identifier;
    }
}
