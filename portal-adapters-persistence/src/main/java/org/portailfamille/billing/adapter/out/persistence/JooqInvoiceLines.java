package org.portailfamille.billing.adapter.out.persistence;

import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.portailfamille.billing.RegieId;
import org.portailfamille.billing.application.port.out.InvoiceLines;
import org.portailfamille.billing.domain.BilledLine;
import org.portailfamille.billing.domain.CareKind;
import org.portailfamille.billing.domain.InvoiceLine;
import org.portailfamille.billing.domain.LineComponent;
import org.portailfamille.billing.domain.LineKey;
import org.portailfamille.billing.domain.PriceBasis;
import org.portailfamille.billing.domain.PricedLine;
import org.portailfamille.billing.domain.TariffUnit;
import org.portailfamille.billing.domain.Usage;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;
import org.portailfamille.shared.Money;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.portailfamille.billing.adapter.out.persistence.jooq.Tables.CREDIT_NOTE_LINE;
import static org.portailfamille.billing.adapter.out.persistence.jooq.Tables.INVOICE;
import static org.portailfamille.billing.adapter.out.persistence.jooq.Tables.INVOICE_LINE;

/**
 * Invoice lines: a key (child, activity, day, component) is billed in rounds; the next round is computed in the
 * INSERT itself and the unique constraint refuses a key billed twice at once.
 */
@Repository
class JooqInvoiceLines implements InvoiceLines {

    private final DSLContext dsl;

    JooqInvoiceLines(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(UUID invoiceId, PricedLine line) {
        insert(invoiceId, line).execute();
    }

    /**
     * The invoice's lines (a month of a family: a few dozen) as one prepared statement executed in one JDBC batch;
     * the round is computed in the statement as {@link #add} does (ADR 0041).
     */
    @Override
    public void addAll(UUID invoiceId, List<PricedLine> lines) {
        if (lines.size() == 1) {
            add(invoiceId, lines.get(0));
            return;
        }
        if (lines.isEmpty()) {
            return;
        }
        BatchBindStep batch = dsl.batch(BATCH_INSERT);
        for (PricedLine line : lines) {
            LineKey key = line.key();
            batch = batch.bind(UUID.randomUUID(), invoiceId, key.child().value(), key.activityId(), line.activityName(),
                    key.day(), key.component().name(), line.usage().name(), line.unit().name(), line.quantity(),
                    line.unitPrice().amount(), line.amount().amount(), line.basis().name(), line.quotientFrom(),
                    line.quotientTo(), line.percent(), line.reasonCode(), line.careKind().name(),
                    key.child().value(), key.activityId(), key.day(), key.component().name());
        }
        batch.execute();
    }

    /**
     * A chunk's lines (a hundred families: a few thousand lines) as one INSERT over arrays (one array per column,
     * bound as text and cast in the statement), each line's round computed in it from the key's last round; the
     * unique key still refuses a key billed twice (ADR 0047). The batch of {@link #addAll(UUID, List)} executed the
     * statement once per line.
     */
    @Override
    public void addAll(Map<UUID, List<PricedLine>> linesByInvoice) {
        int count = linesByInvoice.values().stream().mapToInt(List::size).sum();
        if (count == 0) {
            return;
        }
        String[][] columns = new String[18][count];
        int row = 0;
        for (Map.Entry<UUID, List<PricedLine>> entry : linesByInvoice.entrySet()) {
            for (PricedLine line : entry.getValue()) {
                LineKey key = line.key();
                String[] values = {UUID.randomUUID().toString(), entry.getKey().toString(),
                        key.child().value().toString(), key.activityId().toString(), line.activityName(),
                        key.day().toString(), key.component().name(), line.usage().name(), line.unit().name(),
                        text(line.quantity()), text(line.unitPrice().amount()), text(line.amount().amount()),
                        line.basis().name(), text(line.quotientFrom()), text(line.quotientTo()), text(line.percent()),
                        line.reasonCode(), line.careKind().name()};
                for (int column = 0; column < values.length; column++) {
                    columns[column][row] = values[column];
                }
                row++;
            }
        }
        dsl.connection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(ARRAY_INSERT)) {
                for (int column = 0; column < columns.length; column++) {
                    statement.setArray(column + 1, connection.createArrayOf("text", columns[column]));
                }
                int inserted = statement.executeUpdate();
                if (inserted != count) {
                    throw new IllegalStateException("Inserted " + inserted + " invoice lines of " + count);
                }
            }
        });
    }

    private static @Nullable String text(@Nullable BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static final String ARRAY_INSERT = """
            INSERT INTO billing.invoice_line (id, invoice_id, child_id, activity_id, activity_name, day, component,
                usage, unit, quantity, unit_price, amount, basis, quotient_from, quotient_to, percent, reason_code,
                care_kind, round)
            SELECT v.id::uuid, v.invoice_id::uuid, v.child_id::uuid, v.activity_id::uuid, v.activity_name, v.day::date,
                   v.component, v.usage, v.unit, v.quantity::numeric, v.unit_price::numeric, v.amount::numeric,
                   v.basis, v.quotient_from::numeric, v.quotient_to::numeric, v.percent::numeric, v.reason_code,
                   v.care_kind,
                   coalesce((SELECT max(l.round) FROM billing.invoice_line l
                              WHERE l.child_id = v.child_id::uuid AND l.activity_id = v.activity_id::uuid
                                AND l.day = v.day::date AND l.component = v.component), 0) + 1
              FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                          ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                          ?::text[], ?::text[])
                   AS v(id, invoice_id, child_id, activity_id, activity_name, day, component, usage, unit, quantity,
                        unit_price, amount, basis, quotient_from, quotient_to, percent, reason_code, care_kind)""";

    private static final String BATCH_INSERT = """
            INSERT INTO billing.invoice_line (id, invoice_id, child_id, activity_id, activity_name, day, component,
                usage, unit, quantity, unit_price, amount, basis, quotient_from, quotient_to, percent, reason_code,
                care_kind, round)
            SELECT ?::uuid, ?::uuid, ?::uuid, ?::uuid, ?, ?::date, ?, ?, ?, ?::numeric, ?::numeric, ?::numeric, ?,
                   ?::numeric, ?::numeric, ?::numeric, ?, ?, coalesce(max(l.round), 0) + 1
              FROM billing.invoice_line l
             WHERE l.child_id = ?::uuid AND l.activity_id = ?::uuid AND l.day = ?::date AND l.component = ?""";

    private org.jooq.Query insert(UUID invoiceId, PricedLine line) {
        LineKey key = line.key();
        var nextRound = DSL.select(DSL.coalesce(DSL.max(INVOICE_LINE.ROUND), 0).plus(1)).from(INVOICE_LINE)
                .where(INVOICE_LINE.CHILD_ID.eq(key.child().value())).and(INVOICE_LINE.ACTIVITY_ID.eq(key.activityId()))
                .and(INVOICE_LINE.DAY.eq(key.day())).and(INVOICE_LINE.COMPONENT.eq(key.component().name()));
        return dsl.insertInto(INVOICE_LINE)
                .set(INVOICE_LINE.ID, UUID.randomUUID())
                .set(INVOICE_LINE.INVOICE_ID, invoiceId)
                .set(INVOICE_LINE.CHILD_ID, key.child().value())
                .set(INVOICE_LINE.ACTIVITY_ID, key.activityId())
                .set(INVOICE_LINE.ACTIVITY_NAME, line.activityName())
                .set(INVOICE_LINE.DAY, key.day())
                .set(INVOICE_LINE.COMPONENT, key.component().name())
                .set(INVOICE_LINE.USAGE, line.usage().name())
                .set(INVOICE_LINE.UNIT, line.unit().name())
                .set(INVOICE_LINE.QUANTITY, line.quantity())
                .set(INVOICE_LINE.UNIT_PRICE, line.unitPrice().amount())
                .set(INVOICE_LINE.AMOUNT, line.amount().amount())
                .set(INVOICE_LINE.BASIS, line.basis().name())
                .set(INVOICE_LINE.QUOTIENT_FROM, line.quotientFrom())
                .set(INVOICE_LINE.QUOTIENT_TO, line.quotientTo())
                .set(INVOICE_LINE.PERCENT, line.percent())
                .set(INVOICE_LINE.REASON_CODE, line.reasonCode())
                .set(INVOICE_LINE.CARE_KIND, line.careKind().name())
                .set(INVOICE_LINE.ROUND, DSL.field(nextRound));
    }

    @Override
    public void credit(UUID creditNoteId, BilledLine line) {
        dsl.insertInto(CREDIT_NOTE_LINE)
                .set(CREDIT_NOTE_LINE.ID, UUID.randomUUID())
                .set(CREDIT_NOTE_LINE.CREDIT_NOTE_ID, creditNoteId)
                .set(CREDIT_NOTE_LINE.CREDITED_LINE_ID, line.lineId())
                .set(CREDIT_NOTE_LINE.AMOUNT, line.amount().amount())
                .execute();
    }

    @Override
    public List<BilledLine> openOf(FamilyId familyId, RegieId regieId, YearMonth month) {
        return dsl.select(INVOICE_LINE.fields()).from(INVOICE_LINE).join(INVOICE).on(INVOICE.ID.eq(INVOICE_LINE.INVOICE_ID))
                .where(INVOICE.FAMILY_ID.eq(familyId.value())).and(INVOICE.REGIE_ID.eq(regieId.value()))
                .and(INVOICE_LINE.DAY.between(month.atDay(1), month.atEndOfMonth()))
                .andNotExists(DSL.selectOne().from(CREDIT_NOTE_LINE).where(CREDIT_NOTE_LINE.CREDITED_LINE_ID.eq(INVOICE_LINE.ID)))
                .fetch(row -> new BilledLine(row.get(INVOICE_LINE.ID), row.get(INVOICE_LINE.INVOICE_ID), key(row),
                        new Money(row.get(INVOICE_LINE.AMOUNT)), row.get(INVOICE_LINE.ROUND)));
    }

    @Override
    public Map<FamilyId, List<BilledLine>> openOf(Collection<FamilyId> families, RegieId regieId, YearMonth month) {
        Map<FamilyId, List<BilledLine>> open = new LinkedHashMap<>();
        families.forEach(family -> open.put(family, new ArrayList<>()));
        if (families.isEmpty()) {
            return open;
        }
        List<UUID> all = List.of(ids(families));
        // IN lists of at most 1,000 ids: a bound array (= ANY(?)) let PostgreSQL's generic plan scan the tables
        for (int from = 0; from < all.size(); from += 1_000) {
            openOf(all.subList(from, Math.min(all.size(), from + 1_000)), regieId, month, open);
        }
        return open;
    }

    private void openOf(List<UUID> families, RegieId regieId, YearMonth month, Map<FamilyId, List<BilledLine>> open) {
        dsl.resultQuery(CHUNK_OPEN_LINES.formatted("i.family_id, l.id, l.invoice_id, l.child_id, l.activity_id, l.day, "
                        + "l.component, l.amount, l.round", placeholders(families.size())) + " ORDER BY l.id",
                        chunkBindings(families, regieId, month))
                .forEach(row -> open.get(new FamilyId(row.get("family_id", UUID.class))).add(new BilledLine(
                        row.get("id", UUID.class), row.get("invoice_id", UUID.class),
                        new LineKey(new ChildId(row.get("child_id", UUID.class)), row.get("activity_id", UUID.class),
                                row.get("day", java.time.LocalDate.class),
                                LineComponent.valueOf(row.get("component", String.class))),
                        new Money(row.get("amount", BigDecimal.class)), row.get("round", Integer.class))));
    }

    /**
     * The open lines of a chunk's families, read invoice by invoice (ADR 0047): the lines of each of their invoices
     * through the index by invoice, a subquery the planner may not flatten ({@code OFFSET 0}). Flattened, it chose to
     * scan every line of the table for the month's days (its statistics, taken before the run, saw almost none),
     * four times per chunk (the month and its three look-back months): the cost grew with the lines the run wrote.
     */
    private static final String CHUNK_OPEN_LINES = """
            SELECT %s
              FROM billing.invoice i
              JOIN LATERAL (SELECT * FROM billing.invoice_line x
                             WHERE x.invoice_id = i.id AND x.day BETWEEN ?::date AND ?::date OFFSET 0) l ON true
             WHERE i.family_id IN (%s) AND i.regie_id = ?::uuid
               AND NOT EXISTS (SELECT 1 FROM billing.credit_note_line c WHERE c.credited_line_id = l.id)""";

    private static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?::uuid"));
    }

    private static Object[] chunkBindings(List<UUID> families, RegieId regieId, YearMonth month) {
        List<Object> bindings = new ArrayList<>();
        bindings.add(month.atDay(1));
        bindings.add(month.atEndOfMonth());
        bindings.addAll(families);
        bindings.add(regieId.value());
        return bindings.toArray();
    }

    @Override
    public List<FamilyId> familiesWithOpenLines(RegieId regieId, YearMonth month, Collection<FamilyId> among) {
        if (among.isEmpty()) {
            return List.of();
        }
        List<FamilyId> families = new ArrayList<>();
        List<UUID> all = List.of(ids(among));
        for (int from = 0; from < all.size(); from += 1_000) {
            List<UUID> part = all.subList(from, Math.min(all.size(), from + 1_000));
            dsl.resultQuery(CHUNK_OPEN_LINES.formatted("DISTINCT i.family_id", placeholders(part.size())),
                            chunkBindings(part, regieId, month))
                    .forEach(row -> families.add(new FamilyId(row.get(0, UUID.class))));
        }
        return families;
    }

    private static UUID[] ids(Collection<FamilyId> families) {
        return families.stream().map(FamilyId::value).toArray(UUID[]::new);
    }

    @Override
    public List<FamilyId> familiesWithOpenLines(RegieId regieId, YearMonth month) {
        return dsl.selectDistinct(INVOICE.FAMILY_ID).from(INVOICE_LINE).join(INVOICE).on(INVOICE.ID.eq(INVOICE_LINE.INVOICE_ID))
                .where(INVOICE.REGIE_ID.eq(regieId.value()))
                .and(INVOICE_LINE.DAY.between(month.atDay(1), month.atEndOfMonth()))
                .andNotExists(DSL.selectOne().from(CREDIT_NOTE_LINE).where(CREDIT_NOTE_LINE.CREDITED_LINE_ID.eq(INVOICE_LINE.ID)))
                .fetch(row -> new FamilyId(row.value1()));
    }

    @Override
    public List<InvoiceLine> ofInvoice(UUID invoiceId) {
        return dsl.select(INVOICE_LINE.fields()).from(INVOICE_LINE).where(INVOICE_LINE.INVOICE_ID.eq(invoiceId))
                .fetch(JooqInvoiceLines::toLine);
    }

    @Override
    public List<InvoiceLine> creditedBy(UUID creditNoteId) {
        return dsl.select(INVOICE_LINE.fields()).from(INVOICE_LINE).join(CREDIT_NOTE_LINE)
                .on(CREDIT_NOTE_LINE.CREDITED_LINE_ID.eq(INVOICE_LINE.ID))
                .where(CREDIT_NOTE_LINE.CREDIT_NOTE_ID.eq(creditNoteId)).fetch(JooqInvoiceLines::toLine);
    }

    private static LineKey key(Record row) {
        return new LineKey(new ChildId(row.get(INVOICE_LINE.CHILD_ID)), row.get(INVOICE_LINE.ACTIVITY_ID),
                row.get(INVOICE_LINE.DAY), LineComponent.valueOf(row.get(INVOICE_LINE.COMPONENT)));
    }

    static InvoiceLine toLine(Record row) {
        return new InvoiceLine(row.get(INVOICE_LINE.ID), row.get(INVOICE_LINE.INVOICE_ID), new PricedLine(key(row),
                row.get(INVOICE_LINE.ACTIVITY_NAME), Usage.valueOf(row.get(INVOICE_LINE.USAGE)),
                TariffUnit.valueOf(row.get(INVOICE_LINE.UNIT)), row.get(INVOICE_LINE.QUANTITY),
                new Money(row.get(INVOICE_LINE.UNIT_PRICE)), new Money(row.get(INVOICE_LINE.AMOUNT)),
                PriceBasis.valueOf(row.get(INVOICE_LINE.BASIS)), row.get(INVOICE_LINE.QUOTIENT_FROM),
                row.get(INVOICE_LINE.QUOTIENT_TO), row.get(INVOICE_LINE.PERCENT), row.get(INVOICE_LINE.REASON_CODE),
                CareKind.valueOf(row.get(INVOICE_LINE.CARE_KIND))),
                row.get(INVOICE_LINE.ROUND));
    }
}
