package org.portailfamille.planning.adapter.out.persistence;

import org.jooq.DSLContext;
import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.FacilityId;
import org.portailfamille.planning.application.port.out.Closures;
import org.portailfamille.planning.domain.Activity;
import org.portailfamille.planning.domain.Closure;
import org.portailfamille.planning.domain.ClosureReason;
import org.portailfamille.shared.DateRange;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.UUID;
import org.portailfamille.planning.adapter.out.persistence.jooq.tables.records.ClosureRecord;

import static org.portailfamille.planning.adapter.out.persistence.jooq.Tables.CLOSURE;

/** Closures: a null activity closes the whole facility. */
@Repository
class JooqClosures implements Closures {

    private final DSLContext dsl;

    JooqClosures(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(Closure closure, Activity activity) {
        boolean wholeFacility = closure.scope() instanceof Closure.WholeFacility;
        if (!closure.scope().closes(activity.facility(), activity.id())) {
            throw new IllegalArgumentException("The closure does not close this activity");
        }
        dsl.insertInto(CLOSURE)
                .set(CLOSURE.FACILITY_ID, activity.facility().value())
                .set(CLOSURE.ACTIVITY_ID, wholeFacility ? null : activity.id().value())
                .set(CLOSURE.FIRST_DAY, closure.period().start())
                .set(CLOSURE.LAST_DAY, closure.period().end())
                .set(CLOSURE.REASON, closure.reason().name())
                .set(CLOSURE.DETAILS, closure.details())
                .execute();
    }

    @Override
    public List<Closure> closing(Activity activity) {
        return dsl.selectFrom(CLOSURE)
                .where(CLOSURE.FACILITY_ID.eq(activity.facility().value()))
                .and(CLOSURE.ACTIVITY_ID.isNull().or(CLOSURE.ACTIVITY_ID.eq(activity.id().value())))
                .orderBy(CLOSURE.FIRST_DAY)
                .fetch(row -> {
                    DateRange period = new DateRange(row.getFirstDay(), row.getLastDay());
                    ClosureReason reason = ClosureReason.valueOf(row.getReason());
                    return row.getActivityId() == null
                            ? Closure.ofFacility(new FacilityId(row.getFacilityId()), period, reason, row.getDetails())
                            : Closure.ofActivity(new ActivityId(row.getActivityId()), period, reason, row.getDetails());
                });
    }

    @Override
    public long addTo(FacilityId facility, Closure closure) {
        UUID activityId = null;
        if (closure.scope() instanceof Closure.SingleActivity single) {
            activityId = single.activity().value();
        } else if (!((Closure.WholeFacility) closure.scope()).facility().equals(facility)) {
            throw new IllegalArgumentException("The closure does not close this facility");
        }
        return dsl.insertInto(CLOSURE)
                .set(CLOSURE.FACILITY_ID, facility.value())
                .set(CLOSURE.ACTIVITY_ID, activityId)
                .set(CLOSURE.FIRST_DAY, closure.period().start())
                .set(CLOSURE.LAST_DAY, closure.period().end())
                .set(CLOSURE.REASON, closure.reason().name())
                .set(CLOSURE.DETAILS, closure.details())
                .returningResult(CLOSURE.ID)
                .fetchSingle().value1();
    }

    @Override
    public List<Listed> ofFacility(FacilityId facility) {
        return dsl.selectFrom(CLOSURE)
                .where(CLOSURE.FACILITY_ID.eq(facility.value()))
                .orderBy(CLOSURE.FIRST_DAY, CLOSURE.ID)
                .fetch(row -> new Listed(row.getId(), toClosure(row)));
    }

    @Override
    public boolean remove(FacilityId facility, long id) {
        return dsl.deleteFrom(CLOSURE).where(CLOSURE.ID.eq(id)).and(CLOSURE.FACILITY_ID.eq(facility.value()))
                .execute() == 1;
    }

    private static Closure toClosure(ClosureRecord row) {
        DateRange period = new DateRange(row.getFirstDay(), row.getLastDay());
        ClosureReason reason = ClosureReason.valueOf(row.getReason());
        return row.getActivityId() == null
                ? Closure.ofFacility(new FacilityId(row.getFacilityId()), period, reason, row.getDetails())
                : Closure.ofActivity(new ActivityId(row.getActivityId()), period, reason, row.getDetails());
    }
}
