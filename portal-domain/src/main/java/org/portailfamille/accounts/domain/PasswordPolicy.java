package org.portailfamille.accounts.domain;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The password rule: the guide's (at least 8 characters, one upper-case letter, one lower-case letter, one
 * digit), plus at most 128 characters (any Unicode but control characters), not the login itself and not one
 * of the passwords attackers try first. Lengths are counted in Unicode code points, after NFC normalisation.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    /**
     * Passwords that meet the character rules yet are among the first an attacker tries (lists of leaked
     * passwords, French ones first). Compared without regard to case.
     */
    private static final Set<String> COMMON = Set.of(
            "password1", "password123", "passw0rd", "motdepasse1", "motdepasse123", "azerty123", "azertyuiop1",
            "azerty1234", "qwerty123", "qwertyuiop1", "abcdefg1", "abcdefgh1", "abc12345", "abcd1234", "a1234567",
            "aa123456", "123456789a", "1234567890a", "soleil123", "bonjour123", "bonjour1", "doudou123", "chouchou1",
            "marseille13", "loulou123", "nicolas1", "julien123", "camille1", "celine123", "jetaime1", "jetaime123",
            "coucou123", "france123", "portail123", "famille123", "mairie123", "welcome1", "welcome123", "letmein1",
            "iloveyou1", "sunshine1", "princess1", "football1", "baseball1", "monkey123", "dragon123", "master123",
            "superman1", "batman123", "trustno1a", "changeme1", "changeme123", "secret123", "admin123", "administrator1",
            "qwerty1234", "zaq12wsx", "1qaz2wsx", "1q2w3e4r", "1q2w3e4r5t", "q1w2e3r4", "summer2024", "summer2025",
            "summer2026", "hiver2025", "hiver2026", "ete2025!", "bienvenue1", "bienvenue123");

    private PasswordPolicy() {
    }

    /** The criteria the candidate fails; empty when it is acceptable. */
    public static Set<PasswordCriterion> unmetCriteria(String candidate, String username) {
        EnumSet<PasswordCriterion> unmet = EnumSet.noneOf(PasswordCriterion.class);
        String password = Normalizer.normalize(candidate == null ? "" : candidate, Normalizer.Form.NFC);
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            unmet.add(PasswordCriterion.MIN_LENGTH);
        }
        if (length > MAX_LENGTH) {
            unmet.add(PasswordCriterion.MAX_LENGTH);
        }
        if (password.codePoints().noneMatch(Character::isUpperCase)) {
            unmet.add(PasswordCriterion.UPPERCASE);
        }
        if (password.codePoints().noneMatch(Character::isLowerCase)) {
            unmet.add(PasswordCriterion.LOWERCASE);
        }
        if (password.codePoints().noneMatch(Character::isDigit)) {
            unmet.add(PasswordCriterion.DIGIT);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.equals(username.strip().toLowerCase(Locale.ROOT))) {
            unmet.add(PasswordCriterion.NOT_USERNAME);
        }
        if (COMMON.contains(lower)) {
            unmet.add(PasswordCriterion.NOT_COMMON);
        }
        if (password.codePoints().anyMatch(Character::isISOControl)) {
            unmet.add(PasswordCriterion.NO_CONTROL_CHARACTER);
        }
        return unmet;
    }

    public static boolean isAcceptable(String candidate, String username) {
        return unmetCriteria(candidate, username).isEmpty();
    }
}
