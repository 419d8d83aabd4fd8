package org.portailfamille.planning.adapter.out.persistence;

import org.jooq.DSLContext;
import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.application.port.out.ActivityDays;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

import static org.portailfamille.planning.adapter.out.persistence.jooq.Tables.ACTIVITY_DAY;

/**
 * The per-day place counters. Taking a place is {@code UPDATE … SET taken = taken + 1 WHERE taken < places}: the
 * row lock serialises concurrent updates and PostgreSQL re-checks the condition on the latest row version, so no
 * more places are taken than there are; {@code CHECK (taken <= places)} guards it besides.
 */
@Repository
class JooqActivityDays implements ActivityDays {

    private final DSLContext dsl;

    JooqActivityDays(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean takePlace(ActivityId activity, LocalDate day, int places) {
        ensureExists(activity, day, places);
        return dsl.update(ACTIVITY_DAY)
                .set(ACTIVITY_DAY.TAKEN, ACTIVITY_DAY.TAKEN.plus(1))
                .where(ACTIVITY_DAY.ACTIVITY_ID.eq(activity.value())).and(ACTIVITY_DAY.DAY.eq(day))
                .and(ACTIVITY_DAY.TAKEN.lt(ACTIVITY_DAY.PLACES))
                .execute() == 1;
    }

    @Override
    public void releasePlace(ActivityId activity, LocalDate day) {
        int released = dsl.update(ACTIVITY_DAY)
                .set(ACTIVITY_DAY.TAKEN, ACTIVITY_DAY.TAKEN.minus(1))
                .where(ACTIVITY_DAY.ACTIVITY_ID.eq(activity.value())).and(ACTIVITY_DAY.DAY.eq(day))
                .and(ACTIVITY_DAY.TAKEN.gt(0))
                .execute();
        if (released != 1) {
            throw new IllegalStateException("No place taken on " + day + " of activity " + activity);
        }
    }

    @Override
    public int lock(ActivityId activity, LocalDate day, int places) {
        ensureExists(activity, day, places);
        Integer taken = dsl.select(ACTIVITY_DAY.TAKEN).from(ACTIVITY_DAY)
                .where(ACTIVITY_DAY.ACTIVITY_ID.eq(activity.value())).and(ACTIVITY_DAY.DAY.eq(day))
                .forUpdate()
                .fetchOne(ACTIVITY_DAY.TAKEN);
        if (taken == null) {
            throw new IllegalStateException("No counter for " + day + " of activity " + activity);
        }
        return taken;
    }

    @Override
    public OptionalInt taken(ActivityId activity, LocalDate day) {
        Integer taken = dsl.select(ACTIVITY_DAY.TAKEN).from(ACTIVITY_DAY)
                .where(ACTIVITY_DAY.ACTIVITY_ID.eq(activity.value())).and(ACTIVITY_DAY.DAY.eq(day))
                .fetchOne(ACTIVITY_DAY.TAKEN);
        return taken == null ? OptionalInt.empty() : OptionalInt.of(taken);
    }

    private void ensureExists(ActivityId activity, LocalDate day, int places) {
        dsl.insertInto(ACTIVITY_DAY)
                .set(ACTIVITY_DAY.ACTIVITY_ID, activity.value())
                .set(ACTIVITY_DAY.DAY, day)
                .set(ACTIVITY_DAY.PLACES, places)
                .set(ACTIVITY_DAY.TAKEN, 0)
                .onConflictDoNothing()
                .execute();
    }

    @Override
    public Map<ActivityId, Map<LocalDate, Integer>> takenBetween(java.util.Collection<ActivityId> activities,
                                                                LocalDate from, LocalDate to) {
        Map<ActivityId, Map<LocalDate, Integer>> taken = new HashMap<>();
        activities.forEach(activity -> taken.put(activity, new HashMap<>()));
        if (activities.isEmpty()) {
            return taken;
        }
        dsl.select(ACTIVITY_DAY.ACTIVITY_ID, ACTIVITY_DAY.DAY, ACTIVITY_DAY.TAKEN).from(ACTIVITY_DAY)
                .where(ACTIVITY_DAY.ACTIVITY_ID.in(activities.stream().map(ActivityId::value).toList()))
                .and(ACTIVITY_DAY.DAY.between(from, to))
                .forEach(row -> taken.get(new ActivityId(row.value1())).put(row.value2(), row.value3()));
        return taken;
    }

    @Override
    public Map<LocalDate, Integer> takenBetween(ActivityId activity, LocalDate from, LocalDate to) {
        Map<LocalDate, Integer> taken = new HashMap<>();
        dsl.select(ACTIVITY_DAY.DAY, ACTIVITY_DAY.TAKEN).from(ACTIVITY_DAY)
                .where(ACTIVITY_DAY.ACTIVITY_ID.eq(activity.value())).and(ACTIVITY_DAY.DAY.between(from, to))
                .forEach(row -> taken.put(row.value1(), row.value2()));
        return Map.copyOf(taken);
    }
}
