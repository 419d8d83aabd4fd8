package org.portailfamille.billing.adapter.out.persistence;

import org.junit.jupiter.api.Test;
import org.portailfamille.billing.application.port.out.InvoiceLines;
import org.portailfamille.billing.application.port.out.Invoices;
import org.portailfamille.billing.application.port.out.Ledger;
import org.portailfamille.billing.application.port.out.Regies;
import org.portailfamille.billing.domain.BilledLine;
import org.portailfamille.billing.domain.Invoice;
import org.portailfamille.billing.domain.LedgerEntry;
import org.portailfamille.billing.domain.LineComponent;
import org.portailfamille.billing.domain.LineKey;
import org.portailfamille.billing.domain.OperationNumber;
import org.portailfamille.billing.domain.PriceBasis;
import org.portailfamille.billing.domain.PricedLine;
import org.portailfamille.billing.domain.Regie;
import org.portailfamille.billing.domain.TariffUnit;
import org.portailfamille.billing.domain.Usage;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.DateRange;
import org.portailfamille.shared.FamilyId;
import org.portailfamille.shared.Money;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The set-based writes and reads of an invoicing run's chunk (ADR 0047): numbers taken at once without gaps,
 * invoices, lines (rounds computed in the statement) and ledger debits in one statement each, the chunk's open lines.
 */
@SpringBootTest
class JooqChunkWritesTest {

    @Autowired Regies regies;
    @Autowired Invoices invoices;
    @Autowired InvoiceLines lines;
    @Autowired Ledger ledger;
    @Autowired JdbcTemplate jdbc;

    @Test
    void numbers_are_taken_at_once_in_order_without_gaps() {
        Regie regie = JooqRegiesTest.newRegie(regies, 7, 1);

        OperationNumber single = regies.takeNextInvoiceNumber(regie.id());
        List<OperationNumber> block = regies.takeNextInvoiceNumbers(regie.id(), 3);

        assertThat(single.sequence()).isEqualTo(7);
        assertThat(block).extracting(OperationNumber::sequence).containsExactly(8L, 9L, 10L);
        assertThat(block).extracting(OperationNumber::prefix).containsOnly(regie.prefix());
        assertThat(regies.takeNextInvoiceNumbers(regie.id(), 0)).isEmpty();
        assertThat(regies.takeNextInvoiceNumber(regie.id()).sequence()).isEqualTo(11);
    }

    @Test
    void a_chunk_s_invoices_lines_and_debits_are_written_together_and_its_open_lines_read_back() {
        Regie regie = JooqRegiesTest.newRegie(regies, 1, 1);
        YearMonth month = YearMonth.of(2026, 10);
        FamilyId first = FamilyId.newId();
        FamilyId second = FamilyId.newId();
        ChildId firstChild = ChildId.newId();
        ChildId secondChild = ChildId.newId();
        UUID activity = UUID.randomUUID();
        List<OperationNumber> numbers = regies.takeNextInvoiceNumbers(regie.id(), 2);
        Invoice firstInvoice = invoice(regie, first, numbers.get(0), month, "20.10");
        Invoice secondInvoice = invoice(regie, second, numbers.get(1), month, "9.50");

        invoices.addAll(List.of(firstInvoice, secondInvoice));
        Map<UUID, List<PricedLine>> chunk = new LinkedHashMap<>();
        chunk.put(firstInvoice.id(), List.of(line(firstChild, activity, month.atDay(5), "10.05"),
                line(firstChild, activity, month.atDay(6), "10.05")));
        chunk.put(secondInvoice.id(), List.of(line(secondChild, activity, month.atDay(5), "9.50")));
        lines.addAll(chunk);
        ledger.appendAll(List.of(LedgerEntry.debit(firstInvoice), LedgerEntry.debit(secondInvoice)));

        assertThat(invoices.byId(secondInvoice.id())).contains(secondInvoice);
        assertThat(lines.ofInvoice(firstInvoice.id())).hasSize(2).allSatisfy(line -> assertThat(line.round()).isEqualTo(1));
        assertThat(lines.ofInvoice(secondInvoice.id())).singleElement().satisfies(line -> {
            assertThat(line.line().amount()).isEqualTo(Money.euros("9.50"));
            assertThat(line.line().basis()).isEqualTo(PriceBasis.BRACKET);
            assertThat(line.line().quotientFrom()).isEqualByComparingTo("500.00");
            assertThat(line.line().percent()).isNull();
        });
        assertThat(ledger.entriesOf(first)).singleElement().satisfies(entry -> {
            assertThat(entry.debit()).isEqualTo(Money.euros("20.10"));
            assertThat(entry.operationNumber()).isEqualTo(numbers.get(0).toString());
        });

        Map<FamilyId, List<BilledLine>> open = lines.openOf(List.of(first, second, FamilyId.newId()), regie.id(), month);
        assertThat(open.get(first)).hasSize(2).allSatisfy(line -> assertThat(line.invoiceId()).isEqualTo(firstInvoice.id()));
        assertThat(open.get(second)).singleElement().satisfies(line -> {
            assertThat(line.key()).isEqualTo(new LineKey(secondChild, activity, month.atDay(5), LineComponent.DAY));
            assertThat(line.amount()).isEqualTo(Money.euros("9.50"));
            assertThat(line.round()).isEqualTo(1);
        });
        assertThat(lines.familiesWithOpenLines(regie.id(), month, List.of(first, FamilyId.newId()))).containsExactly(first);
        assertThat(lines.familiesWithOpenLines(regie.id(), month.minusMonths(1), List.of(first, second))).isEmpty();

        // credited, the key is billed again as its next round; billed twice in one round, the database refuses it
        BilledLine credited = open.get(second).get(0);
        Invoice creditNote = new Invoice(UUID.randomUUID(), regie.id(), second, regies.takeNextInvoiceNumber(regie.id()),
                month.plusMonths(1).atDay(2), month.plusMonths(1).atDay(2),
                new DateRange(month.atDay(1), month.atEndOfMonth()), Money.euros("9.50"), secondInvoice.id());
        invoices.add(creditNote);
        lines.credit(creditNote.id(), credited);
        assertThat(lines.openOf(List.of(second), regie.id(), month).get(second)).isEmpty();
        Invoice again = invoice(regie, second, regies.takeNextInvoiceNumber(regie.id()), month, "9.50");
        invoices.addAll(List.of(again));
        lines.addAll(Map.of(again.id(), List.of(line(secondChild, activity, month.atDay(5), "9.50"))));
        assertThat(lines.ofInvoice(again.id())).singleElement().satisfies(line -> assertThat(line.round()).isEqualTo(2));
        Invoice twice = invoice(regie, second, regies.takeNextInvoiceNumber(regie.id()), month, "9.50");
        invoices.add(twice);
        assertThatThrownBy(() -> lines.addAll(Map.of(twice.id(), List.of(line(secondChild, activity, month.atDay(6), "9.50"),
                line(secondChild, activity, month.atDay(6), "9.50")))))
                .hasStackTraceContaining("invoice_line_child_id_activity_id_day_component_round_key");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM billing.invoice_line WHERE invoice_id = ?", Integer.class,
                twice.id())).isZero();
    }

    private static Invoice invoice(Regie regie, FamilyId family, OperationNumber number, YearMonth month,
                                   String amount) {
        LocalDate issued = month.plusMonths(1).atDay(2);
        return new Invoice(UUID.randomUUID(), regie.id(), family, number, issued, issued.plusDays(30),
                new DateRange(month.atDay(1), month.atEndOfMonth()), Money.euros(amount));
    }

    private static PricedLine line(ChildId child, UUID activity, LocalDate day, String price) {
        return new PricedLine(new LineKey(child, activity, day, LineComponent.DAY), "Cantine", Usage.BOOKED,
                TariffUnit.DAY, BigDecimal.ONE, Money.euros(price), Money.euros(price), PriceBasis.BRACKET,
                new BigDecimal("500.00"), new BigDecimal("950.00"), null, null);
    }
}
