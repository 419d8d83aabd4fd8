package org.portailfamille.accounts.application.port.out;

import org.portailfamille.accounts.domain.PasswordResetToken;

import java.time.Instant;
import java.util.Optional;

/** Where reset links are kept (hashed). */
public interface PasswordResetTokens {

    void add(PasswordResetToken token);

    Optional<PasswordResetToken> byHash(String tokenHash);

    /**
     * Marks the token used if it still is usable at {@code now}, and retires the login's other unused tokens;
     * false when another use won.
     */
    boolean markUsed(String tokenHash, Instant now);
}
