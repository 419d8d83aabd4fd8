package org.portailfamille.accounts.domain;

/** One rule a new password must meet. The first four are the guide's; the others are CNIL/ASVS additions. */
public enum PasswordCriterion {
    MIN_LENGTH,
    UPPERCASE,
    LOWERCASE,
    DIGIT,
    MAX_LENGTH,
    NOT_USERNAME,
    NOT_COMMON,
    /** No control characters (NUL, escape, line breaks, …): nobody types them, and some systems cut at them. */
    NO_CONTROL_CHARACTER
}
