package org.portailfamille.planning.adapter.out.persistence;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.portailfamille.planning.application.port.out.BillableDayFacts;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.portailfamille.planning.adapter.out.persistence.jooq.Tables.ABSENCE;
import static org.portailfamille.planning.adapter.out.persistence.jooq.Tables.ACTIVITY;
import static org.portailfamille.planning.adapter.out.persistence.jooq.Tables.ATTENDANCE;
import static org.portailfamille.planning.adapter.out.persistence.jooq.Tables.CLOSURE;
import static org.portailfamille.planning.adapter.out.persistence.jooq.Tables.RESERVATION;

/** Reads, for billing, the reservations, register lines, absences and closures of a régie's activities in a month. */
@Repository
class JooqBillableDayFacts implements BillableDayFacts {

    private final DSLContext dsl;

    JooqBillableDayFacts(DSLContext dsl) {
        this.dsl = dsl;
    }

    private record Key(UUID child, UUID activity, LocalDate day) {
    }

    private static final class Builder {
        UUID family;
        String origin;
        boolean late;
        String outcome;
        String absenceStatus;
        String absenceReason;
    }

    @Override
    public List<Fact> factsOf(UUID regieId, YearMonth month, Collection<FamilyId> families) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        Map<UUID, String> activityNames = new HashMap<>();
        Map<UUID, UUID> facilities = new HashMap<>();
        dsl.select(ACTIVITY.ID, ACTIVITY.NAME, ACTIVITY.FACILITY_ID).from(ACTIVITY).where(ACTIVITY.REGIE_ID.eq(regieId))
                .forEach(row -> {
                    activityNames.put(row.value1(), row.value2());
                    facilities.put(row.value1(), row.value3());
                });
        if (activityNames.isEmpty()) {
            return List.of();
        }
        List<UUID> familyIds = families.stream().map(FamilyId::value).toList();
        Condition reservationFamilies = familyIds.isEmpty() ? DSL.trueCondition() : RESERVATION.FAMILY_ID.in(familyIds);
        Condition attendanceFamilies = familyIds.isEmpty() ? DSL.trueCondition() : ATTENDANCE.FAMILY_ID.in(familyIds);
        Condition absenceFamilies = familyIds.isEmpty() ? DSL.trueCondition() : ABSENCE.FAMILY_ID.in(familyIds);
        Map<Key, Builder> facts = new LinkedHashMap<>();
        dsl.select(RESERVATION.CHILD_ID, RESERVATION.ACTIVITY_ID, RESERVATION.DAY, RESERVATION.FAMILY_ID,
                        RESERVATION.ORIGIN, RESERVATION.LATE)
                .from(RESERVATION)
                .where(RESERVATION.ACTIVITY_ID.in(activityNames.keySet())).and(RESERVATION.DAY.between(first, last))
                .and(RESERVATION.STATUS.eq("CONFIRMED")).and(reservationFamilies)
                .forEach(row -> {
                    Builder fact = facts.computeIfAbsent(new Key(row.value1(), row.value2(), row.value3()),
                            key -> new Builder());
                    fact.family = row.value4();
                    fact.origin = row.value5();
                    fact.late = row.value6();
                });
        dsl.select(ATTENDANCE.CHILD_ID, ATTENDANCE.ACTIVITY_ID, ATTENDANCE.DAY, ATTENDANCE.FAMILY_ID, ATTENDANCE.OUTCOME)
                .from(ATTENDANCE)
                .where(ATTENDANCE.ACTIVITY_ID.in(activityNames.keySet())).and(ATTENDANCE.DAY.between(first, last))
                .and(attendanceFamilies)
                .forEach(row -> {
                    Builder fact = facts.computeIfAbsent(new Key(row.value1(), row.value2(), row.value3()),
                            key -> new Builder());
                    fact.family = row.value4();
                    fact.outcome = row.value5();
                });
        dsl.select(ABSENCE.CHILD_ID, ABSENCE.ACTIVITY_ID, ABSENCE.DAY, ABSENCE.STATUS, ABSENCE.REASON)
                .from(ABSENCE)
                .where(ABSENCE.ACTIVITY_ID.in(activityNames.keySet())).and(ABSENCE.DAY.between(first, last))
                .and(absenceFamilies)
                .forEach(row -> {
                    Builder fact = facts.get(new Key(row.value1(), row.value2(), row.value3()));
                    if (fact != null) {
                        fact.absenceStatus = row.value4();
                        fact.absenceReason = row.value5();
                    }
                });
        List<ClosedDays> closures = dsl.select(CLOSURE.FACILITY_ID, CLOSURE.ACTIVITY_ID, CLOSURE.FIRST_DAY,
                        CLOSURE.LAST_DAY)
                .from(CLOSURE).where(CLOSURE.FACILITY_ID.in(facilities.values()))
                .and(CLOSURE.FIRST_DAY.le(last)).and(CLOSURE.LAST_DAY.ge(first))
                .fetch(row -> new ClosedDays(row.value1(), row.value2(), row.value3(), row.value4()));
        List<Fact> result = new ArrayList<>();
        facts.forEach((key, fact) -> {
            boolean closed = closures.stream().anyMatch(closure -> closure.facility().equals(facilities.get(key.activity()))
                    && (closure.activity() == null || closure.activity().equals(key.activity()))
                    && !key.day().isBefore(closure.first()) && !key.day().isAfter(closure.last()));
            result.add(new Fact(new ChildId(key.child()), new FamilyId(fact.family), key.activity(),
                    activityNames.get(key.activity()), key.day(), fact.origin, fact.late, fact.outcome,
                    fact.absenceStatus, fact.absenceReason, closed));
        });
        result.sort(Comparator.comparing((Fact f) -> f.family().value()).thenComparing(f -> f.child().value())
                .thenComparing(Fact::day).thenComparing(Fact::activityName));
        return result;
    }

    private record ClosedDays(UUID facility, UUID activity, LocalDate first, LocalDate last) {
    }
}
