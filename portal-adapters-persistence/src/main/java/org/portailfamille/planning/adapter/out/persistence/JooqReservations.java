package org.portailfamille.planning.adapter.out.persistence;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.TableField;
import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.adapter.out.persistence.jooq.tables.records.ReservationRecord;
import org.portailfamille.planning.application.port.out.Reservations;
import org.portailfamille.planning.domain.Reservation;
import org.portailfamille.planning.domain.ReservationOrigin;
import org.portailfamille.planning.domain.ReservationStatus;
import org.portailfamille.planning.domain.ReservationTransition;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.portailfamille.planning.adapter.out.persistence.jooq.Tables.RESERVATION;

/**
 * Reservations. The partial unique index {@code reservation_one_active_idx} keeps one active reservation per child,
 * activity and day: {@code INSERT … ON CONFLICT DO NOTHING} adds nothing when there is one, and a concurrent insert
 * of the same booking waits for the first transaction, then adds nothing (or adds, if the first rolled back).
 * Status changes are the domain's {@link ReservationTransition}s, each a conditional update ({@code WHERE status IN}
 * the statuses the move starts from), so that a decision is taken once.
 */
@Repository
class JooqReservations implements Reservations {

    private static final ChildDayColumns<ReservationRecord> COLUMNS =
            new ChildDayColumns<>(RESERVATION.CHILD_ID, RESERVATION.ACTIVITY_ID, RESERVATION.DAY);

    private static final Condition ACTIVE = RESERVATION.STATUS.in(
            ReservationStatus.CONFIRMED.name(), ReservationStatus.AWAITING_VALIDATION.name());

    private final DSLContext dsl;

    JooqReservations(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Reservation> activeOf(ChildId child, ActivityId activity, LocalDate day) {
        return dsl.selectFrom(RESERVATION)
                .where(COLUMNS.of(child, activity, day))
                .and(ACTIVE)
                .fetchOptional(JooqReservations::toReservation);
    }

    @Override
    public boolean addIfAbsent(Reservation reservation) {
        return dsl.insertInto(RESERVATION)
                .set(RESERVATION.ID, reservation.id())
                .set(RESERVATION.CHILD_ID, reservation.child().value())
                .set(RESERVATION.FAMILY_ID, reservation.family().value())
                .set(RESERVATION.ACTIVITY_ID, reservation.activity().value())
                .set(RESERVATION.DAY, reservation.day())
                .set(RESERVATION.STATUS, reservation.status().name())
                .set(RESERVATION.ORIGIN, reservation.origin().name())
                .set(RESERVATION.CREATED_AT, Timestamps.utc(reservation.createdAt()))
                .set(RESERVATION.LATE, reservation.late())
                .onConflictDoNothing()
                .execute() == 1;
    }

    @Override
    public void withdraw(UUID reservationId) {
        dsl.deleteFrom(RESERVATION).where(RESERVATION.ID.eq(reservationId)).execute();
    }

    @Override
    public boolean cancel(UUID reservationId, Instant at) {
        return move(reservationId, ReservationTransition.CANCEL, RESERVATION.CANCELLED_AT, at);
    }

    @Override
    public boolean confirm(UUID reservationId, Instant at) {
        return move(reservationId, ReservationTransition.CONFIRM, RESERVATION.DECIDED_AT, at);
    }

    @Override
    public boolean refuse(UUID reservationId, Instant at) {
        return move(reservationId, ReservationTransition.REFUSE, RESERVATION.DECIDED_AT, at);
    }

    /**
     * The move as one conditional update: the row changes only while its status is one the move starts from, so
     * that of two concurrent moves (two agents deciding, a cancellation racing a decision) one wins, once.
     */
    private boolean move(UUID reservationId, ReservationTransition transition,
                         TableField<ReservationRecord, OffsetDateTime> stamp, Instant at) {
        return dsl.update(RESERVATION)
                .set(RESERVATION.STATUS, transition.to().name())
                .set(stamp, Timestamps.utc(at))
                .where(RESERVATION.ID.eq(reservationId))
                .and(RESERVATION.STATUS.in(transition.from().stream().map(Enum::name).toList()))
                .execute() == 1;
    }

    @Override
    public List<Reservation> activeBetween(ActivityId activity, LocalDate firstDay, LocalDate lastDay) {
        return dsl.selectFrom(RESERVATION)
                .where(COLUMNS.ofActivity(activity, firstDay, lastDay))
                .and(ACTIVE)
                .orderBy(RESERVATION.DAY, RESERVATION.CREATED_AT)
                .fetch(JooqReservations::toReservation);
    }

    @Override
    public Optional<Reservation> byId(UUID reservationId) {
        return dsl.selectFrom(RESERVATION).where(RESERVATION.ID.eq(reservationId))
                .fetchOptional(JooqReservations::toReservation);
    }

    @Override
    public List<Reservation> ofChild(ChildId child, LocalDate from, LocalDate to) {
        return dsl.selectFrom(RESERVATION)
                .where(COLUMNS.ofChild(child, from, to))
                .orderBy(RESERVATION.CREATED_AT, RESERVATION.ID)
                .fetch(JooqReservations::toReservation);
    }

    @Override
    public List<Reservation> ofFamily(FamilyId family, ReservationStatus status) {
        return dsl.selectFrom(RESERVATION)
                .where(RESERVATION.FAMILY_ID.eq(family.value()))
                .and(RESERVATION.STATUS.eq(status.name()))
                .orderBy(RESERVATION.DAY, RESERVATION.CREATED_AT)
                .fetch(JooqReservations::toReservation);
    }

    @Override
    public List<Reservation> activeOn(ActivityId activity, LocalDate day) {
        return dsl.selectFrom(RESERVATION)
                .where(COLUMNS.on(activity, day))
                .and(ACTIVE)
                .orderBy(RESERVATION.CREATED_AT)
                .fetch(JooqReservations::toReservation);
    }

    @Override
    public List<Reservation> activeOn(Collection<ActivityId> activities, LocalDate day) {
        if (activities.isEmpty()) {
            return List.of();
        }
        return dsl.selectFrom(RESERVATION)
                .where(RESERVATION.ACTIVITY_ID.eq(org.jooq.impl.DSL.any(activities.stream().map(ActivityId::value).distinct().toArray(UUID[]::new))))
                .and(RESERVATION.DAY.eq(day))
                .and(ACTIVE)
                .orderBy(RESERVATION.CREATED_AT)
                .fetch(JooqReservations::toReservation);
    }

    @Override
    public List<Reservation> withStatus(ReservationStatus status) {
        return dsl.selectFrom(RESERVATION)
                .where(RESERVATION.STATUS.eq(status.name()))
                .orderBy(RESERVATION.DAY, RESERVATION.CREATED_AT)
                .fetch(JooqReservations::toReservation);
    }

    private static Reservation toReservation(ReservationRecord row) {
        return new Reservation(row.getId(), new ChildId(row.getChildId()), new FamilyId(row.getFamilyId()),
                new ActivityId(row.getActivityId()), row.getDay(), ReservationStatus.valueOf(row.getStatus()),
                ReservationOrigin.valueOf(row.getOrigin()), row.getCreatedAt().toInstant(), row.getLate());
    }
}
