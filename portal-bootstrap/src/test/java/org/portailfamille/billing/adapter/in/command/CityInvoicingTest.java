package org.portailfamille.billing.adapter.in.command;

import org.junit.jupiter.api.Test;
import org.portailfamille.PortalApplication;
import org.portailfamille.TestClockConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code --portal.city.fill=true --portal.city.invoice=true} on a small city (50 families): the real invoicing run
 * invoices last month with lines and the amounts of the tariffs' QF brackets for every family with billed days, and
 * a rerun invoices nothing twice (ADR 0041); numbers have no gaps and each family is told once (ADR 0047).
 */
@SpringBootTest(classes = {PortalApplication.class, TestClockConfiguration.class},
        properties = {"portal.demo.enabled=false", "portal.city.fill=true", "portal.city.families=50",
                "portal.city.logins=5", "portal.city.logins-file=target/city-invoicing-test-logins.csv",
                "portal.city.invoice=true",
                "portal.storage.certificates=${java.io.tmpdir}/portail-famille-tests/certificates",
                "portal.storage.attachments=${java.io.tmpdir}/portail-famille-tests/attachments",
                "portal.storage.documents=${java.io.tmpdir}/portail-famille-tests/documents"})
class CityInvoicingTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired MonthInvoicingCommand command;

    @Test
    void invoices_the_city_month_with_lines_and_a_rerun_invoices_nothing_twice() {
        LocalDate first = jdbc.queryForObject("SELECT min(month) FROM billing.invoicing_run", Date.class).toLocalDate();
        LocalDate last = first.plusMonths(1).minusDays(1);
        // what each family owes for the month, from planning's facts and the tariffs' brackets (no QF: the highest)
        Map<String, BigDecimal> expected = new HashMap<>();
        jdbc.query("""
                SELECT a.family_id, sum(p.price) AS amount FROM planning.attendance a
                  JOIN accounts.family f ON f.id = a.family_id
                  JOIN billing.tariff t ON t.activity_id = a.activity_id
                  JOIN LATERAL (SELECT b.price FROM billing.tariff_bracket b WHERE b.tariff_id = t.id
                     AND b.quotient_from <= coalesce(f.caf_quotient, 1e9) ORDER BY b.quotient_from DESC LIMIT 1) p ON TRUE
                 WHERE a.day BETWEEN ? AND ? AND a.outcome IN ('PRESENT_ON_BOOKING', 'ABSENT_BILLED')
                 GROUP BY a.family_id""", rs -> {
            expected.put(rs.getString(1), rs.getBigDecimal(2));
        }, first, last);
        Map<String, BigDecimal> invoiced = new HashMap<>();
        jdbc.query("""
                SELECT i.family_id, i.amount, (SELECT sum(l.amount) FROM billing.invoice_line l WHERE l.invoice_id = i.id)
                  FROM billing.invoice i WHERE i.period_start = ? AND i.credited_invoice_id IS NULL""", rs -> {
            assertThat(rs.getBigDecimal(3)).as("lines of the invoice").isEqualByComparingTo(rs.getBigDecimal(2));
            assertThat(invoiced.put(rs.getString(1), rs.getBigDecimal(2))).as("one invoice per family").isNull();
        }, first);
        assertThat(expected).hasSizeGreaterThan(30);
        assertThat(invoiced.keySet()).isEqualTo(expected.keySet());
        expected.forEach((family, amount) -> assertThat(invoiced.get(family)).isEqualByComparingTo(amount));
        long lines = count("SELECT count(*) FROM billing.invoice_line l JOIN billing.invoice i ON i.id = l.invoice_id "
                + "WHERE i.period_start = ?", first);
        assertThat(lines).isGreaterThan(expected.size() * 5L);

        // numbered without gaps (the chunks take their numbers at once, ADR 0047)
        List<Long> sequences = jdbc.queryForList("SELECT number FROM billing.invoice WHERE period_start = ?",
                String.class, first).stream().map(number -> Long.parseLong(number.substring(number.lastIndexOf('-') + 1)))
                .sorted().toList();
        assertThat(sequences.get(sequences.size() - 1) - sequences.get(0) + 1).isEqualTo(sequences.size());
        // every family invoiced is told once (one InvoicesIssued per chunk, told in bulk by messaging, ADR 0047)
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(noticesPerFamily(first))
                .isEqualTo(expected.keySet().stream().collect(Collectors.toMap(family -> family, family -> 1L))));

        MonthInvoicingCommand.Result rerun = command.invoiceLastMonth();

        assertThat(rerun.invoices()).isZero();
        assertThat(rerun.lines()).isZero();
        assertThat(count("SELECT count(*) FROM billing.invoice WHERE period_start = ?", first))
                .isEqualTo(expected.size());
        assertThat(noticesPerFamily(first)).hasSize(expected.size()).allSatisfy((family, notices) ->
                assertThat(notices).isOne());
        assertThat(rerun.line()).matches("City invoicing: 0 invoices, 0 lines, 0\\.00 € in \\d+\\.\\d s \\(0 invoices/s\\)");
    }

    private Map<String, Long> noticesPerFamily(LocalDate first) {
        Map<String, Long> notices = new HashMap<>();
        jdbc.query("""
                SELECT c.family_id, count(*) FROM messaging.conversation c
                 WHERE c.link = '/famille/releve' AND EXISTS (SELECT 1 FROM billing.invoice i
                       WHERE i.family_id = c.family_id AND i.period_start = ? AND c.subject LIKE 'Facture ' || i.number || '_:%')
                 GROUP BY c.family_id""", rs -> {
            notices.put(rs.getString(1), rs.getLong(2));
        }, first);
        return notices;
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }
}
