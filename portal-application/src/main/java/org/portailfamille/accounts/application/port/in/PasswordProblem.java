package org.portailfamille.accounts.application.port.in;

/** Why a new password was not accepted. */
public enum PasswordProblem {
    CURRENT_PASSWORD_WRONG,
    CONFIRMATION_MISMATCH,
    TOO_SHORT,
    NO_UPPERCASE,
    NO_LOWERCASE,
    NO_DIGIT,
    TOO_LONG,
    SAME_AS_USERNAME,
    TOO_COMMON,
    CONTROL_CHARACTER,
    LINK_INVALID,
    TOO_MANY_ATTEMPTS,
    /** The new password is the current (or temporary) one. */
    SAME_AS_CURRENT;

    /** The problems that are criteria of the password rule (listed on every password form). */
    public boolean isCriterion() {
        return this != CURRENT_PASSWORD_WRONG && this != CONFIRMATION_MISMATCH && this != LINK_INVALID
                && this != TOO_MANY_ATTEMPTS
                && this != CONTROL_CHARACTER && this != SAME_AS_CURRENT;
    }
}
