package org.portailfamille.accounts.domain;

import java.util.Locale;
import java.util.Objects;

/** Identifiant: the login name, compared without regard to case. */
public record Username(String value) {
    public Username {
        Objects.requireNonNull(value, "value");
        value = value.strip().toLowerCase(Locale.ROOT);
        if (!value.matches("[a-z0-9][a-z0-9._-]{1,63}")) {
            throw new IllegalArgumentException("A login is 2 to 64 letters, digits, dots, dashes or underscores");
        }
    }

    /** Whether a typed text can be a login at all (the form does not reveal why it cannot). */
    public static boolean isWellFormed(String candidate) {
        return candidate != null && candidate.strip().toLowerCase(Locale.ROOT).matches("[a-z0-9][a-z0-9._-]{1,63}");
    }

    @Override
    public String toString() {
        return value;
    }
}
