package org.portailfamille.billing.adapter.out.persistence;

import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jspecify.annotations.Nullable;
import org.portailfamille.billing.RegieId;
import org.portailfamille.billing.adapter.out.persistence.jooq.tables.records.InvoicingRunRecord;
import org.portailfamille.billing.application.port.out.InvoicingRuns;
import org.portailfamille.billing.domain.Anomaly;
import org.portailfamille.billing.domain.InvoicingRun;
import org.portailfamille.billing.domain.RunAnomalyCode;
import org.portailfamille.billing.domain.RunFamily;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;
import org.portailfamille.shared.Money;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.portailfamille.billing.adapter.out.persistence.jooq.Tables.INVOICING_RUN;
import static org.portailfamille.billing.adapter.out.persistence.jooq.Tables.INVOICING_RUN_FAMILY;

/**
 * Runs and their families. The background job takes an ISSUING run with FOR UPDATE SKIP LOCKED: two workers (two
 * portal instances, or two threads) never work the same run at once, and a run left ISSUING by a stopped portal is
 * taken again.
 */
@Repository
class JooqInvoicingRuns implements InvoicingRuns {

    private final DSLContext dsl;

    JooqInvoicingRuns(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean add(InvoicingRun run, List<RunFamily> families) {
        try {
            dsl.insertInto(INVOICING_RUN)
                    .set(INVOICING_RUN.ID, run.id())
                    .set(INVOICING_RUN.REGIE_ID, run.regieId().value())
                    .set(INVOICING_RUN.MONTH, run.month().atDay(1))
                    .set(INVOICING_RUN.STATUS, run.state().name())
                    .set(INVOICING_RUN.CREATED_BY, run.createdBy())
                    .set(INVOICING_RUN.CREATED_AT, run.createdAt().atOffset(ZoneOffset.UTC))
                    .set(INVOICING_RUN.FAMILIES_TOTAL, run.familiesTotal())
                    .set(INVOICING_RUN.TOTAL_INVOICED, run.totalInvoiced().amount())
                    .set(INVOICING_RUN.TOTAL_CREDITED, run.totalCredited().amount())
                    .onConflictDoNothing()
                    .execute();
        } catch (IntegrityConstraintViolationException e) {
            return false;
        }
        if (dsl.fetchCount(INVOICING_RUN, INVOICING_RUN.ID.eq(run.id())) == 0) {
            return false;
        }
        // multi-row INSERTs of 1,000 families (a city's run: 10,000 rows in ten statements; ADR 0041)
        for (int from = 0; from < families.size(); from += 1_000) {
            var insert = dsl.insertInto(INVOICING_RUN_FAMILY, INVOICING_RUN_FAMILY.RUN_ID, INVOICING_RUN_FAMILY.FAMILY_ID,
                    INVOICING_RUN_FAMILY.LINE_COUNT, INVOICING_RUN_FAMILY.TO_INVOICE, INVOICING_RUN_FAMILY.TO_CREDIT,
                    INVOICING_RUN_FAMILY.ANOMALIES, INVOICING_RUN_FAMILY.DONE);
            for (RunFamily family : families.subList(from, Math.min(families.size(), from + 1_000))) {
                insert = insert.values(run.id(), family.familyId().value(), family.lineCount(),
                        family.toInvoice().amount(), family.toCredit().amount(),
                        family.anomalies().stream().map(JooqInvoicingRuns::write).collect(Collectors.joining(";")),
                        family.done());
            }
            insert.execute();
        }
        return true;
    }

    private static String write(Anomaly anomaly) {
        return anomaly.code().name() + "|" + (anomaly.child() == null ? "" : anomaly.child().value()) + "|"
                + (anomaly.activityId() == null ? "" : anomaly.activityId()) + "|"
                + (anomaly.day() == null ? "" : anomaly.day());
    }

    private static List<Anomaly> read(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        List<Anomaly> anomalies = new ArrayList<>();
        for (String item : text.split(";")) {
            String[] parts = Arrays.copyOf(item.split("\\|", -1), 4);
            anomalies.add(new Anomaly(RunAnomalyCode.valueOf(parts[0]),
                    parts[1] == null || parts[1].isEmpty() ? null : new ChildId(UUID.fromString(parts[1])),
                    parts[2] == null || parts[2].isEmpty() ? null : UUID.fromString(parts[2]),
                    parts[3] == null || parts[3].isEmpty() ? null : LocalDate.parse(parts[3])));
        }
        return anomalies;
    }

    @Override
    public Optional<InvoicingRun> byId(UUID id) {
        return dsl.selectFrom(INVOICING_RUN).where(INVOICING_RUN.ID.eq(id)).fetchOptional(JooqInvoicingRuns::toRun);
    }

    @Override
    public Optional<InvoicingRun> byIdForUpdate(UUID id) {
        return dsl.selectFrom(INVOICING_RUN).where(INVOICING_RUN.ID.eq(id)).forUpdate()
                .fetchOptional(JooqInvoicingRuns::toRun);
    }

    @Override
    public Optional<InvoicingRun> openFor(RegieId regieId, YearMonth month) {
        return dsl.selectFrom(INVOICING_RUN).where(INVOICING_RUN.REGIE_ID.eq(regieId.value()))
                .and(INVOICING_RUN.MONTH.eq(month.atDay(1))).and(INVOICING_RUN.STATUS.in("DRAFT", "ISSUING"))
                .fetchOptional(JooqInvoicingRuns::toRun);
    }

    @Override
    public List<InvoicingRun> all(@Nullable RegieId regieId) {
        return dsl.selectFrom(INVOICING_RUN)
                .where(regieId == null ? org.jooq.impl.DSL.trueCondition() : INVOICING_RUN.REGIE_ID.eq(regieId.value()))
                .orderBy(INVOICING_RUN.CREATED_AT.desc()).fetch(JooqInvoicingRuns::toRun);
    }

    @Override
    public List<RunFamily> familiesOf(UUID runId) {
        return dsl.selectFrom(INVOICING_RUN_FAMILY).where(INVOICING_RUN_FAMILY.RUN_ID.eq(runId))
                .fetch(row -> new RunFamily(row.getRunId(), new FamilyId(row.getFamilyId()), row.getLineCount(),
                        new Money(row.getToInvoice()), new Money(row.getToCredit()), read(row.getAnomalies()),
                        row.getDone()));
    }

    @Override
    public Optional<InvoicingRun> lockNextIssuing() {
        return dsl.selectFrom(INVOICING_RUN).where(INVOICING_RUN.STATUS.eq("ISSUING"))
                .orderBy(INVOICING_RUN.CREATED_AT).limit(1).forUpdate().skipLocked()
                .fetchOptional(JooqInvoicingRuns::toRun);
    }

    @Override
    public List<FamilyId> familiesToDo(UUID runId, int limit) {
        return dsl.select(INVOICING_RUN_FAMILY.FAMILY_ID).from(INVOICING_RUN_FAMILY)
                .where(INVOICING_RUN_FAMILY.RUN_ID.eq(runId)).and(INVOICING_RUN_FAMILY.DONE.isFalse())
                .orderBy(INVOICING_RUN_FAMILY.FAMILY_ID).limit(limit)
                .fetch(row -> new FamilyId(row.value1()));
    }

    @Override
    public void markFamilyDone(UUID runId, FamilyId familyId) {
        dsl.update(INVOICING_RUN_FAMILY).set(INVOICING_RUN_FAMILY.DONE, true)
                .where(INVOICING_RUN_FAMILY.RUN_ID.eq(runId)).and(INVOICING_RUN_FAMILY.FAMILY_ID.eq(familyId.value()))
                .execute();
    }

    @Override
    public void markFamiliesDone(UUID runId, java.util.Collection<FamilyId> families) {
        if (families.isEmpty()) {
            return;
        }
        // An IN list (a chunk: at most a few hundred ids), not a bound array: see ADR 0041.
        dsl.update(INVOICING_RUN_FAMILY).set(INVOICING_RUN_FAMILY.DONE, true)
                .where(INVOICING_RUN_FAMILY.RUN_ID.eq(runId))
                .and(INVOICING_RUN_FAMILY.FAMILY_ID.in(families.stream().map(FamilyId::value).toList()))
                .execute();
    }

    @Override
    public void update(InvoicingRun run) {
        dsl.update(INVOICING_RUN)
                .set(INVOICING_RUN.STATUS, run.state().name())
                .set(INVOICING_RUN.ISSUE_DATE, run.issueDate())
                .set(INVOICING_RUN.DUE_DATE, run.dueDate())
                .set(INVOICING_RUN.FAMILIES_DONE, run.familiesDone())
                .set(INVOICING_RUN.INVOICES_ISSUED, run.invoicesIssued())
                .set(INVOICING_RUN.CREDIT_NOTES_ISSUED, run.creditNotesIssued())
                .set(INVOICING_RUN.TOTAL_INVOICED, run.totalInvoiced().amount())
                .set(INVOICING_RUN.TOTAL_CREDITED, run.totalCredited().amount())
                .where(INVOICING_RUN.ID.eq(run.id()))
                .execute();
    }

    private static InvoicingRun toRun(InvoicingRunRecord row) {
        return new InvoicingRun(row.getId(), new RegieId(row.getRegieId()), YearMonth.from(row.getMonth()),
                InvoicingRun.State.valueOf(row.getStatus()), row.getCreatedBy(), row.getCreatedAt().toInstant(),
                row.getIssueDate(), row.getDueDate(), row.getFamiliesTotal(), row.getFamiliesDone(),
                row.getInvoicesIssued(), row.getCreditNotesIssued(), new Money(row.getTotalInvoiced()),
                new Money(row.getTotalCredited()));
    }
}
