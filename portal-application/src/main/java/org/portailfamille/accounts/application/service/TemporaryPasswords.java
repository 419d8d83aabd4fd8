package org.portailfamille.accounts.application.service;

import org.portailfamille.accounts.domain.PasswordPolicy;

import java.security.SecureRandom;

/** Temporary passwords: 12 characters from SecureRandom, easy to read aloud, meeting the password rule. */
final class TemporaryPasswords {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String ALL = UPPER + LOWER + DIGITS;

    private TemporaryPasswords() {
    }

    static String generate(String username) {
        while (true) {
            StringBuilder password = new StringBuilder();
            password.append(UPPER.charAt(RANDOM.nextInt(UPPER.length())));
            password.append(LOWER.charAt(RANDOM.nextInt(LOWER.length())));
            password.append(DIGITS.charAt(RANDOM.nextInt(DIGITS.length())));
            for (int i = 3; i < 12; i++) {
                password.append(ALL.charAt(RANDOM.nextInt(ALL.length())));
            }
            for (int i = password.length() - 1; i > 0; i--) {
                int j = RANDOM.nextInt(i + 1);
                char c = password.charAt(i);
                password.setCharAt(i, password.charAt(j));
                password.setCharAt(j, c);
            }
            if (PasswordPolicy.isAcceptable(password.toString(), username)) {
                return password.toString();
            }
        }
    }
}
