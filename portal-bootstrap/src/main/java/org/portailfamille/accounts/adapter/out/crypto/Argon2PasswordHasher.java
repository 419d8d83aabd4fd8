package org.portailfamille.accounts.adapter.out.crypto;

import de.mkammerer.argon2.Argon2;
import de.mkammerer.argon2.Argon2Factory;
import org.portailfamille.accounts.application.port.out.PasswordHasher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * argon2id with the OWASP minimum (m = 19456 KiB, t = 2, p = 1), stronger than Spring Security's defaults, as PHC
 * strings ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}). The parameters are stored in each hash, so they can be
 * raised later without breaking old hashes.
 * <p>
 * Two engines give the same hashes (ADR 0045): the reference C library {@code libargon2} through JNA (argon2-jvm,
 * which bundles it for the common platforms; a system {@code libargon2.so.1} is preferred when installed), about a
 * quarter to a third less CPU than the Java one and no 19 MiB block on the Java heap per check; and BouncyCastle's
 * Java argon2 (Spring's {@link Argon2PasswordEncoder}) when the native library cannot be loaded (another OS or
 * architecture), with a WARN at start. A hash made by one verifies with the other. Both compare in constant time.
 * <p>
 * The native checks run on a few threads of their own (as many as the processors): C's {@code malloc} keeps a freed
 * block for reuse in the arena of the thread that freed it, so checks spread over the 32 request threads would keep
 * up to one 19 MiB block per arena resident; on their own threads at most that many blocks are ever kept.
 */
public class Argon2PasswordHasher implements PasswordHasher {

    private static final Logger log = LoggerFactory.getLogger(Argon2PasswordHasher.class);

    public static final int SALT_LENGTH = 16;
    public static final int HASH_LENGTH = 32;
    public static final int PARALLELISM = 1;
    public static final int MEMORY_KIB = 19_456;
    public static final int ITERATIONS = 2;

    private final Engine engine;

    /** The native engine when libargon2 loads, BouncyCastle otherwise. */
    public Argon2PasswordHasher() {
        this(MEMORY_KIB, ITERATIONS);
    }

    public Argon2PasswordHasher(int memoryKib, int iterations) {
        this(memoryKib, iterations, Argon2PasswordHasher::loadNative);
    }

    /** With the native library from {@code nativeLibrary} (which may throw): the fallback's path in tests. */
    Argon2PasswordHasher(int memoryKib, int iterations, Supplier<Argon2> nativeLibrary) {
        this.engine = engine(memoryKib, iterations, nativeLibrary);
    }

    private static Argon2 loadNative() {
        return Argon2Factory.create(Argon2Factory.Argon2Types.ARGON2id, SALT_LENGTH, HASH_LENGTH);
    }

    private static Engine engine(int memoryKib, int iterations, Supplier<Argon2> nativeLibrary) {
        try {
            Argon2 argon2 = nativeLibrary.get();
            // A cheap round trip through the library: loading it happens at the first call, not at create().
            String probe = argon2.hash(1, 8, 1, new char[] {'p'});
            if (!argon2.verify(probe, new char[] {'p'}) || argon2.verify(probe, new char[] {'q'})) {
                throw new IllegalStateException("libargon2 answered a wrong verification");
            }
            log.info("Passwords: argon2id by the native libargon2 (m={} KiB, t={}, p={})", memoryKib, iterations,
                    PARALLELISM);
            return new NativeEngine(argon2, memoryKib, iterations);
        } catch (LinkageError | RuntimeException e) {
            log.warn("Passwords: the native libargon2 could not be loaded ({}); argon2id by BouncyCastle's Java "
                    + "implementation instead (same hashes, about 1.3 to 1.5 times the CPU per check)", e.toString());
            return new JavaEngine(memoryKib, iterations);
        }
    }

    @Override
    public String hash(String rawPassword) {
        return engine.hash(rawPassword);
    }

    @Override
    public boolean matches(String rawPassword, String hash) {
        if (rawPassword == null || hash == null || !hash.startsWith("$argon2")) {
            return false;
        }
        return engine.matches(rawPassword, hash);
    }

    /** "native" or "java": which engine checks the passwords. */
    public String engineName() {
        return engine.name();
    }

    private interface Engine {
        String hash(String rawPassword);

        boolean matches(String rawPassword, String hash);

        String name();
    }

    /** BouncyCastle through Spring Security; the password's copies are the encoder's (strings it cannot wipe). */
    private static final class JavaEngine implements Engine {
        private final Argon2PasswordEncoder encoder;

        JavaEngine(int memoryKib, int iterations) {
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

        @Override
        public String name() {
            return "java";
        }
    }

    /**
     * libargon2's {@code argon2id_hash_encoded} / {@code argon2_verify} (constant-time compare in the library); the
     * char and byte copies of the password are wiped after each call (argon2-jvm wipes its UTF-8 bytes).
     */
    private static final class NativeEngine implements Engine {
        private static final AtomicInteger THREADS = new AtomicInteger();

        private final Argon2 argon2;
        private final int memoryKib;
        private final int iterations;
        private final ExecutorService checks;

        NativeEngine(Argon2 argon2, int memoryKib, int iterations) {
            this.argon2 = argon2;
            this.memoryKib = memoryKib;
            this.iterations = iterations;
            this.checks = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()),
                    task -> {
                        Thread thread = new Thread(task, "argon2-" + THREADS.incrementAndGet());
                        thread.setDaemon(true);
                        return thread;
                    });
        }

        @Override
        public String hash(String rawPassword) {
            return onCheckThread(() -> {
                char[] password = rawPassword.toCharArray();
                try {
                    return argon2.hash(iterations, memoryKib, PARALLELISM, password, StandardCharsets.UTF_8);
                } finally {
                    Arrays.fill(password, '\0');
                }
            });
        }

        @Override
        public boolean matches(String rawPassword, String hash) {
            return onCheckThread(() -> {
                char[] password = rawPassword.toCharArray();
                try {
                    return argon2.verify(hash, password, StandardCharsets.UTF_8);
                } finally {
                    Arrays.fill(password, '\0');
                }
            });
        }

        private <T> T onCheckThread(Callable<T> check) {
            Future<T> result = checks.submit(check);
            boolean interrupted = false;
            try {
                while (true) {
                    try {
                        return result.get();
                    } catch (InterruptedException e) {
                        interrupted = true; // the check is short: finish it, keep the interrupt for the caller
                    }
                }
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException("argon2 check failed", e.getCause());
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        @Override
        public String name() {
            return "native";
        }
    }
}
