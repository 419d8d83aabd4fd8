package org.portailfamille.planning.adapter.out.persistence;

import org.jooq.DSLContext;
import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.adapter.out.persistence.jooq.tables.records.AttendanceRecord;
import org.portailfamille.planning.application.port.out.Attendances;
import org.portailfamille.planning.domain.Attendance;
import org.portailfamille.planning.domain.AttendanceMark;
import org.portailfamille.planning.domain.AttendanceOutcome;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;
import java.util.List;

import static org.portailfamille.planning.adapter.out.persistence.jooq.Tables.ATTENDANCE;

/** The daily registers; marking a child again replaces its line (upsert on activity, day, child). */
@Repository
class JooqAttendances implements Attendances {

    private static final ChildDayColumns<AttendanceRecord> COLUMNS =
            new ChildDayColumns<>(ATTENDANCE.CHILD_ID, ATTENDANCE.ACTIVITY_ID, ATTENDANCE.DAY);

    private final DSLContext dsl;

    JooqAttendances(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void record(Attendance attendance) {
        dsl.insertInto(ATTENDANCE)
                .set(ATTENDANCE.CHILD_ID, attendance.child().value())
                .set(ATTENDANCE.FAMILY_ID, attendance.family().value())
                .set(ATTENDANCE.ACTIVITY_ID, attendance.activity().value())
                .set(ATTENDANCE.DAY, attendance.day())
                .set(ATTENDANCE.MARK, attendance.mark().name())
                .set(ATTENDANCE.BOOKED, attendance.booked())
                .set(ATTENDANCE.OUTCOME, attendance.outcome().name())
                .set(ATTENDANCE.RECORDED_BY, attendance.recordedBy())
                .set(ATTENDANCE.RECORDED_AT, Timestamps.utc(attendance.recordedAt()))
                .onConflict(ATTENDANCE.ACTIVITY_ID, ATTENDANCE.DAY, ATTENDANCE.CHILD_ID)
                .doUpdate()
                .set(ATTENDANCE.MARK, attendance.mark().name())
                .set(ATTENDANCE.BOOKED, attendance.booked())
                .set(ATTENDANCE.OUTCOME, attendance.outcome().name())
                .set(ATTENDANCE.RECORDED_BY, attendance.recordedBy())
                .set(ATTENDANCE.RECORDED_AT, Timestamps.utc(attendance.recordedAt()))
                .execute();
    }

    @Override
    public List<Attendance> on(ActivityId activity, LocalDate day) {
        return dsl.selectFrom(ATTENDANCE)
                .where(COLUMNS.on(activity, day))
                .fetch(JooqAttendances::toAttendance);
    }

    @Override
    public List<Attendance> on(Collection<ActivityId> activities, LocalDate day) {
        if (activities.isEmpty()) {
            return List.of();
        }
        return dsl.selectFrom(ATTENDANCE)
                .where(ATTENDANCE.ACTIVITY_ID.eq(org.jooq.impl.DSL.any(activities.stream().map(ActivityId::value).distinct().toArray(UUID[]::new))))
                .and(ATTENDANCE.DAY.eq(day))
                .fetch(JooqAttendances::toAttendance);
    }

    @Override
    public List<Attendance> ofChild(ChildId child, LocalDate from, LocalDate to) {
        return dsl.selectFrom(ATTENDANCE)
                .where(COLUMNS.ofChild(child, from, to))
                .orderBy(ATTENDANCE.DAY)
                .fetch(JooqAttendances::toAttendance);
    }

    private static Attendance toAttendance(AttendanceRecord row) {
        return new Attendance(new ChildId(row.getChildId()), new FamilyId(row.getFamilyId()),
                new ActivityId(row.getActivityId()), row.getDay(), AttendanceMark.valueOf(row.getMark()),
                row.getBooked(), AttendanceOutcome.valueOf(row.getOutcome()), row.getRecordedBy(),
                row.getRecordedAt().toInstant());
    }
}
