package org.portailfamille.planning.adapter.out.persistence;

import org.jooq.DSLContext;
import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.adapter.out.persistence.jooq.tables.records.EnrolmentRecord;
import org.portailfamille.planning.application.port.out.Enrolments;
import org.portailfamille.planning.domain.Enrolment;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.DateRange;
import org.portailfamille.shared.FamilyId;
import org.springframework.stereotype.Repository;

import org.portailfamille.planning.adapter.out.persistence.jooq.tables.records.EnrolmentRecord;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.portailfamille.planning.adapter.out.persistence.jooq.Tables.ENROLMENT;

@Repository
class JooqEnrolments implements Enrolments {

    private final DSLContext dsl;

    JooqEnrolments(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(Enrolment enrolment) {
        dsl.insertInto(ENROLMENT)
                .set(ENROLMENT.ID, enrolment.id())
                .set(ENROLMENT.CHILD_ID, enrolment.child().value())
                .set(ENROLMENT.FAMILY_ID, enrolment.family().value())
                .set(ENROLMENT.ACTIVITY_ID, enrolment.activity().value())
                .set(ENROLMENT.FIRST_DAY, enrolment.period().start())
                .set(ENROLMENT.LAST_DAY, enrolment.period().end())
                .set(ENROLMENT.REGULAR_WEEKDAYS, Weekdays.mask(enrolment.regularDays()))
                .execute();
    }

    @Override
    public List<Enrolment> of(ChildId child, ActivityId activity) {
        return dsl.selectFrom(ENROLMENT)
                .where(ENROLMENT.CHILD_ID.eq(child.value())).and(ENROLMENT.ACTIVITY_ID.eq(activity.value()))
                .orderBy(ENROLMENT.FIRST_DAY)
                .fetch(JooqEnrolments::toEnrolment);
    }

    @Override
    public List<Enrolment> enrolledOn(ActivityId activity, LocalDate day) {
        return dsl.selectFrom(ENROLMENT)
                .where(ENROLMENT.ACTIVITY_ID.eq(activity.value()))
                .and(ENROLMENT.FIRST_DAY.le(day)).and(ENROLMENT.LAST_DAY.ge(day))
                .orderBy(ENROLMENT.CHILD_ID)
                .fetch(JooqEnrolments::toEnrolment);
    }

    @Override
    public List<Enrolment> enrolledOn(Collection<ActivityId> activities, LocalDate day) {
        if (activities.isEmpty()) {
            return List.of();
        }
        return dsl.selectFrom(ENROLMENT)
                .where(ENROLMENT.ACTIVITY_ID.eq(org.jooq.impl.DSL.any(activities.stream().map(ActivityId::value).distinct().toArray(UUID[]::new))))
                .and(ENROLMENT.FIRST_DAY.le(day)).and(ENROLMENT.LAST_DAY.ge(day))
                .orderBy(ENROLMENT.CHILD_ID)
                .fetch(JooqEnrolments::toEnrolment);
    }

    @Override
    public List<Enrolment> ofChild(ChildId child) {
        return dsl.selectFrom(ENROLMENT).where(ENROLMENT.CHILD_ID.eq(child.value()))
                .orderBy(ENROLMENT.FIRST_DAY, ENROLMENT.ID)
                .fetch(JooqEnrolments::toEnrolment);
    }

    @Override
    public Optional<Enrolment> byId(UUID id) {
        return dsl.selectFrom(ENROLMENT).where(ENROLMENT.ID.eq(id)).fetchOptional(JooqEnrolments::toEnrolment);
    }

    @Override
    public void changeLastDay(UUID id, LocalDate lastDay) {
        dsl.update(ENROLMENT).set(ENROLMENT.LAST_DAY, lastDay).where(ENROLMENT.ID.eq(id)).execute();
    }

    private static Enrolment toEnrolment(EnrolmentRecord row) {
        return new Enrolment(row.getId(), new ChildId(row.getChildId()), new FamilyId(row.getFamilyId()),
                new ActivityId(row.getActivityId()), new DateRange(row.getFirstDay(), row.getLastDay()),
                Weekdays.of(row.getRegularWeekdays()));
    }
}
