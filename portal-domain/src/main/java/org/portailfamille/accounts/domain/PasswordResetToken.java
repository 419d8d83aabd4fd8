package org.portailfamille.accounts.domain;

import org.jspecify.annotations.Nullable;
import org.portailfamille.accounts.LoginId;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A "mot de passe oublié" link: only the SHA-256 hash of its secret is stored; it is valid for one hour
 * and can be used once.
 */
public record PasswordResetToken(String tokenHash, LoginId loginId, Instant createdAt, Instant expiresAt,
                                 @Nullable Instant usedAt) {

    public static final Duration VALIDITY = Duration.ofHours(1);

    public PasswordResetToken {
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(loginId, "loginId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public static PasswordResetToken issue(String tokenHash, LoginId loginId, Instant now) {
        return new PasswordResetToken(tokenHash, loginId, now, now.plus(VALIDITY), null);
    }

    public boolean isUsableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }
}
