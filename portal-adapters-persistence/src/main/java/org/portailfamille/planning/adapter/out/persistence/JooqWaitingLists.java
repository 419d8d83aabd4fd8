package org.portailfamille.planning.adapter.out.persistence;

import org.jooq.DSLContext;
import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.application.port.out.WaitingLists;
import org.portailfamille.planning.domain.WaitingEntry;
import org.portailfamille.planning.domain.WaitingList;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import static org.portailfamille.planning.adapter.out.persistence.jooq.Tables.WAITING_ENTRY;

/** Waiting lists in arrival order: arrival time, then the arrival number the database gave. */
@Repository
class JooqWaitingLists implements WaitingLists {

    private final DSLContext dsl;

    JooqWaitingLists(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public WaitingList of(ActivityId activity, LocalDate day) {
        return new WaitingList(activity, day, dsl.selectFrom(WAITING_ENTRY)
                .where(WAITING_ENTRY.ACTIVITY_ID.eq(activity.value())).and(WAITING_ENTRY.DAY.eq(day))
                .orderBy(WAITING_ENTRY.ARRIVED_AT, WAITING_ENTRY.ARRIVAL)
                .fetch(row -> new WaitingEntry(new ChildId(row.getChildId()), row.getArrivedAt().toInstant())));
    }

    @Override
    public boolean join(ActivityId activity, LocalDate day, ChildId child, FamilyId family, Instant arrivedAt) {
        return dsl.insertInto(WAITING_ENTRY)
                .set(WAITING_ENTRY.ACTIVITY_ID, activity.value())
                .set(WAITING_ENTRY.DAY, day)
                .set(WAITING_ENTRY.CHILD_ID, child.value())
                .set(WAITING_ENTRY.FAMILY_ID, family.value())
                .set(WAITING_ENTRY.ARRIVED_AT, Timestamps.utc(arrivedAt))
                .onConflictDoNothing()
                .execute() == 1;
    }

    @Override
    public void remove(ActivityId activity, LocalDate day, ChildId child) {
        dsl.deleteFrom(WAITING_ENTRY)
                .where(WAITING_ENTRY.ACTIVITY_ID.eq(activity.value())).and(WAITING_ENTRY.DAY.eq(day))
                .and(WAITING_ENTRY.CHILD_ID.eq(child.value()))
                .execute();
    }

    @Override
    public java.util.List<Removed> removeBetween(ActivityId activity, LocalDate firstDay, LocalDate lastDay) {
        return dsl.deleteFrom(WAITING_ENTRY)
                .where(WAITING_ENTRY.ACTIVITY_ID.eq(activity.value())).and(WAITING_ENTRY.DAY.between(firstDay, lastDay))
                .returning()
                .fetch(row -> new Removed(new ActivityId(row.getActivityId()), row.getDay(),
                        new ChildId(row.getChildId()), new FamilyId(row.getFamilyId())));
    }

    @Override
    public Set<LocalDate> daysWaitedBy(ChildId child, ActivityId activity, LocalDate from, LocalDate to) {
        return Set.copyOf(dsl.select(WAITING_ENTRY.DAY).from(WAITING_ENTRY)
                .where(WAITING_ENTRY.CHILD_ID.eq(child.value())).and(WAITING_ENTRY.ACTIVITY_ID.eq(activity.value()))
                .and(WAITING_ENTRY.DAY.between(from, to))
                .fetch(WAITING_ENTRY.DAY));
    }

    @Override
    public java.util.Map<ActivityId, Set<LocalDate>> daysWaitedBy(ChildId child,
                                                                 java.util.Collection<ActivityId> activities,
                                                                 LocalDate from, LocalDate to) {
        java.util.Map<ActivityId, Set<LocalDate>> waited = new java.util.HashMap<>();
        activities.forEach(activity -> waited.put(activity, new java.util.HashSet<>()));
        if (activities.isEmpty()) {
            return waited;
        }
        dsl.select(WAITING_ENTRY.ACTIVITY_ID, WAITING_ENTRY.DAY).from(WAITING_ENTRY)
                .where(WAITING_ENTRY.CHILD_ID.eq(child.value()))
                .and(WAITING_ENTRY.ACTIVITY_ID.in(activities.stream().map(ActivityId::value).toList()))
                .and(WAITING_ENTRY.DAY.between(from, to))
                .forEach(row -> waited.get(new ActivityId(row.value1())).add(row.value2()));
        return waited;
    }

    @Override
    public java.util.List<Waiting> waitingOf(FamilyId family) {
        return dsl.selectFrom(WAITING_ENTRY)
                .where(WAITING_ENTRY.FAMILY_ID.eq(family.value()))
                .orderBy(WAITING_ENTRY.DAY, WAITING_ENTRY.ARRIVED_AT, WAITING_ENTRY.ARRIVAL)
                .fetch(row -> new Waiting(new ActivityId(row.getActivityId()), row.getDay(),
                        new ChildId(row.getChildId())));
    }
}
