package org.portailfamille.accounts.application.port.out;

/** One-way password hashing (argon2id in production). */
public interface PasswordHasher {

    String hash(String rawPassword);

    boolean matches(String rawPassword, String hash);
}
