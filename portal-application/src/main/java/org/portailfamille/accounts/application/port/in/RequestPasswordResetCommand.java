package org.portailfamille.accounts.application.port.in;

/** "Mot de passe oublié ?": the identifiant or the e-mail address typed by the user. */
public record RequestPasswordResetCommand(String identifier) {
    public RequestPasswordResetCommand {
        identifier = identifier == null ? "" : identifier.strip();
    }
}
