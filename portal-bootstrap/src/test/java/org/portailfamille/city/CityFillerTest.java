package org.portailfamille.city;

import org.junit.jupiter.api.Test;
import org.portailfamille.PortalApplication;
import org.portailfamille.TestClockConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --portal.city.fill=true} on a fresh database (demo off): a small city (40 families, 10 logins) whose
 * rows keep the schema's and the use cases' invariants, and whose logins work with the documented password.
 */
@SpringBootTest(classes = {PortalApplication.class, TestClockConfiguration.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"portal.demo.enabled=false", "portal.city.fill=true", "portal.city.families=40",
                "portal.city.logins=10", "portal.city.logins-file=target/city-test-logins.csv",
                "portal.storage.certificates=${java.io.tmpdir}/portail-famille-tests/certificates",
                "portal.storage.attachments=${java.io.tmpdir}/portail-famille-tests/attachments",
                "portal.storage.documents=${java.io.tmpdir}/portail-famille-tests/documents"})
class CityFillerTest {

    @Autowired JdbcTemplate jdbc;

    @Test
    void fills_a_small_city_that_keeps_the_invariants() throws Exception {
        assertThat(count("SELECT count(*) FROM accounts.family")).isEqualTo(40);
        assertThat(count("SELECT count(*) FROM accounts.child")).isEqualTo(72);
        assertThat(count("SELECT count(*) FROM planning.facility")).isEqualTo(4);
        assertThat(count("SELECT count(*) FROM planning.activity")).isEqualTo(12);
        assertThat(count("SELECT count(*) FROM accounts.login WHERE role = 'PARENT'")).isEqualTo(10);
        assertThat(count("SELECT count(*) FROM planning.reservation")).isPositive();
        assertThat(count("SELECT count(*) FROM messaging.message")).isGreaterThanOrEqualTo(40);
        // capacity: the counter the use cases keep equals the active bookings, never above the places
        assertThat(count("""
                SELECT count(*) FROM planning.activity_day d WHERE d.taken > d.places OR d.taken <> (
                  SELECT count(*) FROM planning.reservation r WHERE r.activity_id = d.activity_id AND r.day = d.day
                     AND r.status IN ('CONFIRMED', 'AWAITING_VALIDATION'))""")).isZero();
        // the ledger holds every invoice and payment, the balance is what remains unpaid
        assertThat(jdbc.queryForObject("SELECT coalesce(sum(debit), 0) - (SELECT coalesce(sum(amount), 0) "
                + "FROM billing.invoice) FROM billing.ledger_entry", java.math.BigDecimal.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT coalesce(sum(credit), 0) - (SELECT coalesce(sum(amount), 0) "
                + "FROM billing.payment) FROM billing.ledger_entry", java.math.BigDecimal.class)).isZero();
        String hash = jdbc.queryForObject("SELECT password_hash FROM accounts.login WHERE username = 'parent00001'",
                String.class);
        assertThat(new Argon2PasswordEncoder(16, 32, 1, 19_456, 2).matches(CityFiller.PASSWORD, hash)).isTrue();
        List<String> csv = Files.readAllLines(Path.of("target/city-test-logins.csv"));
        assertThat(csv).hasSize(11);
        assertThat(csv.get(1)).startsWith("parent00001," + CityFiller.PASSWORD + ",");
    }

    private int count(String sql) {
        Integer n = jdbc.queryForObject(sql, Integer.class);
        return n == null ? 0 : n;
    }
}
