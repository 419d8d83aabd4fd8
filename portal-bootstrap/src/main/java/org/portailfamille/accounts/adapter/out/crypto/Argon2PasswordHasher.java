package org.portailfamille.accounts.adapter.out.crypto;

import org.portailfamille.accounts.application.port.out.PasswordHasher;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * argon2id with the OWASP minimum (m = 19456 KiB, t = 2, p = 1), stronger than Spring Security's defaults.
 * The parameters are stored in each hash, so they can be raised later without breaking old hashes.
 */
public class Argon2PasswordHasher implements PasswordHasher {

    public static final int SALT_LENGTH = 16;
    public static final int HASH_LENGTH = 32;
    public static final int PARALLELISM = 1;
    public static final int MEMORY_KIB = 19_456;
    public static final int ITERATIONS = 2;

    private final Argon2PasswordEncoder encoder;

    public Argon2PasswordHasher() {
        this(MEMORY_KIB, ITERATIONS);
    }

    public Argon2PasswordHasher(int memoryKib, int iterations) {
        this.encoder = new Argon2PasswordEncoder(SALT_LENGTH, HASH_LENGTH, PARALLELISM, memoryKib, iterations);
    }

    @Override
    public String hash(String rawPassword) {
        return encoder.encode(rawPassword);
    }

    @Override
    public boolean matches(String rawPassword, String hash) {
        return encoder.matches(rawPassword, hash);
    }
}
