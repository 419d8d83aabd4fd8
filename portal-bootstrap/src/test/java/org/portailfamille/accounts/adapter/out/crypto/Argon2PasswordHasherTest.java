package org.portailfamille.accounts.adapter.out.crypto;

import ch.qos.logback.classic.Level;
import de.mkammerer.argon2.Argon2;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

import java.lang.reflect.Proxy;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The native argon2id (libargon2 through JNA) and BouncyCastle's Java one make and accept the same PHC hashes with
 * the OWASP parameters, so hashes already in databases keep working; without the native library the hasher falls
 * back to BouncyCastle with a WARN (ADR 0045).
 */
class Argon2PasswordHasherTest {

    private static final Pattern PHC =
            Pattern.compile("^\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}$");
    /** What BouncyCastle made before this change (CityFiller, the demo, every login so far). */
    private static final Argon2PasswordEncoder BOUNCY_CASTLE = new Argon2PasswordEncoder(16, 32, 1, 19_456, 2);
    private static final String PASSWORD = "Ville-Saint-Jean-2026";
    private static final String NON_ASCII = "Mot de passe d’été « Noël » ✓ 2026";

    private final Argon2PasswordHasher hasher = new Argon2PasswordHasher();
    private ListAppender<ILoggingEvent> logs;
    private Logger logger;

    @BeforeEach
    void captureLogs() {
        logger = (Logger) LoggerFactory.getLogger(Argon2PasswordHasher.class);
        logs = new ListAppender<>();
        logs.start();
        logger.addAppender(logs);
    }

    @AfterEach
    void releaseLogs() {
        logger.detachAppender(logs);
    }

    @Test
    void on_this_platform_the_native_library_checks_the_passwords() {
        assertThat(hasher.engineName()).isEqualTo("native");
    }

    @Test
    void a_native_hash_is_a_salted_phc_string_with_the_owasp_parameters() {
        String first = hasher.hash(PASSWORD);
        String second = hasher.hash(PASSWORD);

        assertThat(first).matches(PHC).doesNotContain(PASSWORD);
        assertThat(second).matches(PHC).isNotEqualTo(first);
        assertThat(hasher.matches(PASSWORD, first)).isTrue();
        assertThat(hasher.matches(PASSWORD + "x", first)).isFalse();
    }

    @Test
    void a_hash_made_by_bouncy_castle_verifies_natively() {
        for (String password : new String[] {PASSWORD, NON_ASCII}) {
            String existing = BOUNCY_CASTLE.encode(password);

            assertThat(hasher.matches(password, existing)).as(password).isTrue();
            assertThat(hasher.matches(password.substring(1), existing)).isFalse();
        }
    }

    @Test
    void a_native_hash_verifies_with_bouncy_castle() {
        for (String password : new String[] {PASSWORD, NON_ASCII}) {
            String made = hasher.hash(password);

            assertThat(BOUNCY_CASTLE.matches(password, made)).as(password).isTrue();
            assertThat(BOUNCY_CASTLE.matches(password.substring(1), made)).isFalse();
        }
    }

    @Test
    void a_malformed_or_missing_hash_is_no_match_and_no_error() {
        assertThat(hasher.matches(PASSWORD, null)).isFalse();
        assertThat(hasher.matches(PASSWORD, "")).isFalse();
        assertThat(hasher.matches(PASSWORD, "$argon2id$v=19$m=19456,t=2,p=1$bm90YmFzZTY0$")).isFalse();
        assertThat(hasher.matches(PASSWORD, "$2a$10$abcdefghijklmnopqrstuv")).isFalse();
    }

    @Test
    void without_the_native_library_bouncy_castle_checks_the_same_hashes_and_a_warning_says_so() {
        Argon2PasswordHasher fallback = new Argon2PasswordHasher(Argon2PasswordHasher.MEMORY_KIB,
                Argon2PasswordHasher.ITERATIONS, () -> {
                    throw new UnsatisfiedLinkError("Unable to load library 'argon2'");
                });

        assertThat(fallback.engineName()).isEqualTo("java");
        assertThat(logs.list).anySatisfy(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage()).contains("native libargon2 could not be loaded")
                    .contains("Unable to load library 'argon2'");
        });
        String made = fallback.hash(NON_ASCII);
        assertThat(made).matches(PHC);
        assertThat(hasher.matches(NON_ASCII, made)).as("the fallback's hash, natively").isTrue();
        assertThat(fallback.matches(NON_ASCII, hasher.hash(NON_ASCII))).as("a native hash, by the fallback").isTrue();
        assertThat(fallback.matches(PASSWORD, made)).isFalse();
    }

    @Test
    void a_native_library_that_loads_but_fails_its_first_call_also_falls_back() {
        Argon2PasswordHasher fallback = new Argon2PasswordHasher(Argon2PasswordHasher.MEMORY_KIB,
                Argon2PasswordHasher.ITERATIONS, () -> (Argon2) Proxy.newProxyInstance(getClass().getClassLoader(),
                        new Class<?>[] {Argon2.class}, (proxy, method, args) -> {
                            // what JNA throws at the first call when the library is missing or of another architecture
                            throw new NoClassDefFoundError("Could not initialize class de.mkammerer.argon2.jna.Argon2Library");
                        }));

        assertThat(fallback.engineName()).isEqualTo("java");
        assertThat(fallback.matches(PASSWORD, BOUNCY_CASTLE.encode(PASSWORD))).isTrue();
    }

    @Test
    void the_parameters_are_read_from_each_hash_so_older_weaker_or_later_stronger_hashes_still_verify() {
        String stronger = new Argon2PasswordEncoder(16, 32, 1, 32_768, 3).encode(PASSWORD);
        Matcher matcher = Pattern.compile("m=(\\d+),t=(\\d+)").matcher(stronger);

        assertThat(matcher.find()).isTrue();
        assertThat(matcher.group()).isEqualTo("m=32768,t=3");
        assertThat(hasher.matches(PASSWORD, stronger)).isTrue();
    }
}
