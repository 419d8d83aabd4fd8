package org.portailfamille.security;

import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Stored passwords are argon2id hashes with at least the OWASP parameters, salted, never the password. */
@PortalIntegrationTest
class PasswordStorageTest {

    private static final Pattern ARGON2ID =
            Pattern.compile("^\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$[A-Za-z0-9+/]{22,}\\$[A-Za-z0-9+/]{43,}$");

    @Autowired
    ApplicationContext context;
    @Autowired
    DataSource dataSource;
    @LocalServerPort
    int port;

    String hashOf(String username) {
        return new JdbcTemplate(dataSource).queryForObject(
                "select password_hash from accounts.login where username = ?", String.class, username);
    }

    static void assertStrongArgon2id(String hash, String password) {
        Matcher matcher = ARGON2ID.matcher(hash);
        assertThat(matcher.matches()).as("argon2id PHC string: " + hash).isTrue();
        assertThat(Integer.parseInt(matcher.group(1))).as("memory (KiB)").isGreaterThanOrEqualTo(19_456);
        assertThat(Integer.parseInt(matcher.group(2))).as("iterations").isGreaterThanOrEqualTo(2);
        assertThat(Integer.parseInt(matcher.group(3))).as("parallelism").isGreaterThanOrEqualTo(1);
        assertThat(hash).doesNotContain(password);
    }

    @Test
    void a_new_logins_password_is_stored_as_a_salted_argon2id_hash() {
        TestAccounts accounts = new TestAccounts(context);
        TestAccounts.Parent first = accounts.newParent("Meme-Passe-2026");
        TestAccounts.Parent second = accounts.newParent("Meme-Passe-2026");
        TestAccounts.Staff staff = accounts.newStaff("Meme-Passe-2026");

        for (String username : List.of(first.username(), second.username(), staff.username())) {
            assertStrongArgon2id(hashOf(username), "Meme-Passe-2026");
        }
        assertThat(hashOf(first.username())).as("a salt per hash").isNotEqualTo(hashOf(second.username()));
    }

    @Test
    void the_demo_logins_are_hashed_the_same_way() {
        for (String username : List.of("jean.dupont", "nouveau.parent", "agent")) {
            assertThat(hashOf(username)).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        }
    }

    @Test
    void a_changed_password_is_stored_the_same_way() {
        TestAccounts.Parent parent = new TestAccounts(context).newParent("Ancien-Passe-2026");
        Browser browser = new Browser(port, TestAddresses.next());
        browser.logIn(parent.username(), parent.password());
        String before = hashOf(parent.username());

        browser.submit("/mot-de-passe/changer", "/mot-de-passe/changer", Map.of("currentPassword", parent.password(),
                "newPassword", "Nouveau-Passe-2027", "confirmation", "Nouveau-Passe-2027"));

        String after = hashOf(parent.username());
        assertThat(after).isNotEqualTo(before);
        assertStrongArgon2id(after, "Nouveau-Passe-2027");
    }
}
