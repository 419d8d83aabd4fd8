package org.portailfamille.planning.adapter.out.persistence;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.portailfamille.planning.application.port.out.FamiliesConcerned;
import org.portailfamille.shared.FamilyId;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.portailfamille.planning.adapter.out.persistence.jooq.Tables.ACTIVITY;
import static org.portailfamille.planning.adapter.out.persistence.jooq.Tables.ENROLMENT;
import static org.portailfamille.planning.adapter.out.persistence.jooq.Tables.RESERVATION;

@Repository
class JooqFamiliesConcerned implements FamiliesConcerned {

    private final DSLContext dsl;

    JooqFamiliesConcerned(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<FamilyId> enrolledInActivity(UUID activityId, LocalDate from) {
        return dsl.selectDistinct(ENROLMENT.FAMILY_ID).from(ENROLMENT)
                .where(ENROLMENT.ACTIVITY_ID.eq(activityId)).and(ENROLMENT.LAST_DAY.ge(from))
                .fetch(row -> new FamilyId(row.value1()));
    }

    @Override
    public List<FamilyId> enrolledInFacility(UUID facilityId, LocalDate from) {
        return dsl.selectDistinct(ENROLMENT.FAMILY_ID).from(ENROLMENT)
                .join(ACTIVITY).on(ACTIVITY.ID.eq(ENROLMENT.ACTIVITY_ID))
                .where(ACTIVITY.FACILITY_ID.eq(facilityId)).and(ENROLMENT.LAST_DAY.ge(from))
                .fetch(row -> new FamilyId(row.value1()));
    }

    @Override
    public List<FamilyId> bookedOn(UUID facilityId, @Nullable UUID activityId, LocalDate day) {
        Condition activity = activityId == null ? ACTIVITY.FACILITY_ID.eq(facilityId)
                : ACTIVITY.FACILITY_ID.eq(facilityId).and(ACTIVITY.ID.eq(activityId));
        return dsl.selectDistinct(RESERVATION.FAMILY_ID).from(RESERVATION)
                .join(ACTIVITY).on(ACTIVITY.ID.eq(RESERVATION.ACTIVITY_ID))
                .where(activity).and(RESERVATION.DAY.eq(day)).and(RESERVATION.STATUS.ne("CANCELLED"))
                .fetch(row -> new FamilyId(row.value1()));
    }
}
