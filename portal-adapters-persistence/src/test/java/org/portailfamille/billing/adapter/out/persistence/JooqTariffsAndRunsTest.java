package org.portailfamille.billing.adapter.out.persistence;

import org.junit.jupiter.api.Test;
import org.portailfamille.billing.application.port.out.InvoicingRuns;
import org.portailfamille.billing.application.port.out.Regies;
import org.portailfamille.billing.application.port.out.Tariffs;
import org.portailfamille.billing.domain.Anomaly;
import org.portailfamille.billing.domain.Bracket;
import org.portailfamille.billing.domain.InvoicingRun;
import org.portailfamille.billing.domain.ReasonEffect;
import org.portailfamille.billing.domain.Regie;
import org.portailfamille.billing.domain.RunAnomalyCode;
import org.portailfamille.billing.domain.RunFamily;
import org.portailfamille.billing.domain.Tariff;
import org.portailfamille.billing.domain.TariffUnit;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;
import org.portailfamille.shared.Money;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Tariffs and invoicing runs read back as stored; a run's families are worked once, in a stable order. */
@SpringBootTest
class JooqTariffsAndRunsTest {

    @Autowired Tariffs tariffs;
    @Autowired InvoicingRuns runs;
    @Autowired Regies regies;

    @Test
    void a_tariff_with_brackets_surcharges_and_reason_effects_reads_back() {
        UUID activity = UUID.randomUUID();
        Tariff tariff = new Tariff(UUID.randomUUID(), activity, "Vacances journée", TariffUnit.DAY, new BigDecimal("1.00"),
                LocalDate.of(2026, 9, 1), LocalDate.of(2027, 8, 31),
                List.of(new Bracket(new BigDecimal("0.00"), Money.euros("9.50")),
                        new Bracket(new BigDecimal("500.00"), Money.euros("10.05")),
                        new Bracket(new BigDecimal("951.00"), Money.euros("13.90"))),
                new BigDecimal("50.00"), Money.euros("10.00"),
                Map.of("ILLNESS", new ReasonEffect(ReasonEffect.Effect.NOT_BILLED, Money.ZERO),
                        "UNDECLARED", new ReasonEffect(ReasonEffect.Effect.FIXED_AMOUNT, Money.euros("4.00"))));
        tariffs.add(tariff);

        assertThat(tariffs.ofActivity(activity)).singleElement().satisfies(read -> {
            assertThat(read.label()).isEqualTo("Vacances journée");
            assertThat(read.validTo()).isEqualTo(LocalDate.of(2027, 8, 31));
            assertThat(read.brackets()).extracting(Bracket::price)
                    .containsExactly(Money.euros("9.50"), Money.euros("10.05"), Money.euros("13.90"));
            assertThat(read.lateBookingPercent()).isEqualByComparingTo("50");
            assertThat(read.noBookingSurcharge()).isEqualTo(Money.euros("10.00"));
            assertThat(read.reasonEffects()).containsEntry("UNDECLARED",
                    new ReasonEffect(ReasonEffect.Effect.FIXED_AMOUNT, Money.euros("4.00")));
            assertThat(read.reasonEffects().get("ILLNESS").effect()).isEqualTo(ReasonEffect.Effect.NOT_BILLED);
        });
        assertThat(tariffs.ofActivities(List.of(activity, UUID.randomUUID()))).hasSize(1);
        assertThat(tariffs.ofActivity(UUID.randomUUID())).isEmpty();
    }

    @Test
    void a_run_and_its_families_read_back_and_are_worked_once_each() {
        Regie regie = JooqRegiesTest.newRegie(regies, 1, 1);
        YearMonth month = YearMonth.of(2026, 10);
        UUID runId = UUID.randomUUID();
        InvoicingRun draft = InvoicingRun.draft(regie.id(), month, "agent", Instant.parse("2026-11-02T09:15:00Z"),
                2, Money.euros("30.15"), Money.ZERO);
        InvoicingRun run = new InvoicingRun(runId, draft.regieId(), draft.month(), draft.state(), draft.createdBy(),
                draft.createdAt(), null, null, 2, 0, 0, 0, draft.totalInvoiced(), draft.totalCredited());
        FamilyId first = FamilyId.newId();
        FamilyId second = FamilyId.newId();
        ChildId child = ChildId.newId();
        List<RunFamily> families = List.of(
                new RunFamily(runId, first, 3, Money.euros("30.15"), Money.ZERO, List.of(), false),
                new RunFamily(runId, second, 0, Money.ZERO, Money.ZERO,
                        List.of(new Anomaly(RunAnomalyCode.ABSENCE_PENDING, child, UUID.randomUUID(),
                                month.atDay(5))), false));

        assertThat(runs.add(run, families)).isTrue();
        assertThat(runs.add(new InvoicingRun(UUID.randomUUID(), regie.id(), month, run.state(), "agent",
                run.createdAt(), null, null, 0, 0, 0, 0, Money.ZERO, Money.ZERO), List.of()))
                .as("one open run per régie and month").isFalse();
        assertThat(runs.byId(runId)).contains(run);
        assertThat(runs.openFor(regie.id(), month)).map(InvoicingRun::id).contains(runId);
        assertThat(runs.familiesOf(runId)).hasSize(2).anySatisfy(family -> {
            assertThat(family.familyId()).isEqualTo(second);
            assertThat(family.anomalies()).singleElement()
                    .satisfies(anomaly -> assertThat(anomaly.code()).isEqualTo(RunAnomalyCode.ABSENCE_PENDING));
        });

        InvoicingRun issuing = run.issuing(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 12, 2));
        runs.update(issuing);
        List<FamilyId> todo = runs.familiesToDo(runId, 10);
        assertThat(todo).containsExactlyInAnyOrder(first, second);
        assertThat(runs.familiesToDo(runId, 10)).as("a stable order (the database's, by id)")
                .containsExactlyElementsOf(todo);
        assertThat(runs.familiesToDo(runId, 1)).containsExactly(todo.get(0));
        runs.markFamilyDone(runId, todo.get(0));
        assertThat(runs.familiesToDo(runId, 10)).containsExactly(todo.get(1));
        InvoicingRun done = issuing.familyDone(1, 0, Money.euros("30.15"), Money.ZERO);
        runs.update(done);
        assertThat(runs.byId(runId)).contains(done);
        assertThat(runs.all(regie.id())).extracting(InvoicingRun::id).containsExactly(runId);
    }
}
