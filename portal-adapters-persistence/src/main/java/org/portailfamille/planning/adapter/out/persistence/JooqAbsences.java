package org.portailfamille.planning.adapter.out.persistence;

import org.jooq.DSLContext;
import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.adapter.out.persistence.jooq.tables.records.AbsenceRecord;
import org.portailfamille.planning.application.port.out.Absences;
import org.portailfamille.planning.domain.Absence;
import org.portailfamille.planning.domain.AbsenceReason;
import org.portailfamille.planning.domain.AbsenceStatus;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.portailfamille.planning.adapter.out.persistence.jooq.Tables.ABSENCE;

/** Declared absences; the unique key (child, activity, day) makes a repeated declaration a no-op. */
@Repository
class JooqAbsences implements Absences {

    private static final ChildDayColumns<AbsenceRecord> COLUMNS =
            new ChildDayColumns<>(ABSENCE.CHILD_ID, ABSENCE.ACTIVITY_ID, ABSENCE.DAY);

    private final DSLContext dsl;

    JooqAbsences(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean addIfAbsent(Absence absence) {
        return dsl.insertInto(ABSENCE)
                .set(ABSENCE.ID, absence.id())
                .set(ABSENCE.CHILD_ID, absence.child().value())
                .set(ABSENCE.FAMILY_ID, absence.family().value())
                .set(ABSENCE.ACTIVITY_ID, absence.activity().value())
                .set(ABSENCE.DAY, absence.day())
                .set(ABSENCE.REASON, absence.reason().name())
                .set(ABSENCE.COMMENT, absence.comment())
                .set(ABSENCE.CERTIFICATE_ID, absence.certificateId())
                .set(ABSENCE.STATUS, absence.status().name())
                .set(ABSENCE.DECLARED_AT, Timestamps.utc(absence.declaredAt()))
                .set(ABSENCE.DECIDED_AT, absence.decidedAt() == null ? null : Timestamps.utc(absence.decidedAt()))
                .onConflictDoNothing()
                .execute() == 1;
    }

    @Override
    public Optional<Absence> byId(UUID absenceId) {
        return dsl.selectFrom(ABSENCE).where(ABSENCE.ID.eq(absenceId)).fetchOptional(JooqAbsences::toAbsence);
    }

    @Override
    public Optional<Absence> of(ChildId child, ActivityId activity, LocalDate day) {
        return dsl.selectFrom(ABSENCE)
                .where(COLUMNS.of(child, activity, day))
                .fetchOptional(JooqAbsences::toAbsence);
    }

    @Override
    public List<Absence> ofChild(ChildId child, LocalDate from, LocalDate to) {
        return dsl.selectFrom(ABSENCE)
                .where(COLUMNS.ofChild(child, from, to))
                .orderBy(ABSENCE.DAY, ABSENCE.DECLARED_AT)
                .fetch(JooqAbsences::toAbsence);
    }

    @Override
    public List<Absence> on(ActivityId activity, LocalDate day) {
        return dsl.selectFrom(ABSENCE)
                .where(COLUMNS.on(activity, day))
                .orderBy(ABSENCE.DECLARED_AT)
                .fetch(JooqAbsences::toAbsence);
    }

    @Override
    public List<Absence> on(Collection<ActivityId> activities, LocalDate day) {
        if (activities.isEmpty()) {
            return List.of();
        }
        return dsl.selectFrom(ABSENCE)
                .where(ABSENCE.ACTIVITY_ID.eq(org.jooq.impl.DSL.any(activities.stream().map(ActivityId::value).distinct().toArray(UUID[]::new))))
                .and(ABSENCE.DAY.eq(day))
                .orderBy(ABSENCE.DECLARED_AT)
                .fetch(JooqAbsences::toAbsence);
    }

    @Override
    public List<Absence> withStatus(AbsenceStatus status) {
        return dsl.selectFrom(ABSENCE)
                .where(ABSENCE.STATUS.eq(status.name()))
                .orderBy(ABSENCE.DAY, ABSENCE.DECLARED_AT)
                .fetch(JooqAbsences::toAbsence);
    }

    @Override
    public boolean rule(UUID absenceId, AbsenceStatus ruling, Instant at) {
        if (ruling == AbsenceStatus.PENDING) {
            throw new IllegalArgumentException("A ruling is EXCUSED or BILLED");
        }
        return dsl.update(ABSENCE)
                .set(ABSENCE.STATUS, ruling.name())
                .set(ABSENCE.DECIDED_AT, Timestamps.utc(at))
                .where(ABSENCE.ID.eq(absenceId)).and(ABSENCE.STATUS.eq(AbsenceStatus.PENDING.name()))
                .execute() == 1;
    }

    private static Absence toAbsence(AbsenceRecord row) {
        return new Absence(row.getId(), new ChildId(row.getChildId()), new FamilyId(row.getFamilyId()),
                new ActivityId(row.getActivityId()), row.getDay(), AbsenceReason.valueOf(row.getReason()),
                row.getComment(), row.getCertificateId(), AbsenceStatus.valueOf(row.getStatus()),
                row.getDeclaredAt().toInstant(), row.getDecidedAt() == null ? null : row.getDecidedAt().toInstant());
    }
}
