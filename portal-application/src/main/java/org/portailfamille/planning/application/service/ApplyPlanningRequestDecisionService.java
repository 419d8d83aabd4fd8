package org.portailfamille.planning.application.service;

import org.portailfamille.planning.application.port.in.ReassessAttendanceCommand;
import org.portailfamille.planning.application.port.in.ReassessAttendanceUseCase;
import org.portailfamille.planning.application.port.in.ApplyPlanningRequestDecisionUseCase;
import org.portailfamille.planning.application.port.in.PlanningRequestDecision;
import org.portailfamille.planning.application.port.out.Absences;
import org.portailfamille.planning.application.port.out.Activities;
import org.portailfamille.planning.application.port.out.ActivityDays;
import org.portailfamille.planning.application.port.out.Reservations;
import org.portailfamille.planning.domain.Absence;
import org.portailfamille.planning.domain.AbsenceStatus;
import org.portailfamille.planning.domain.Activity;
import org.portailfamille.planning.domain.Reservation;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Staff decisions on the planning's requests. The reservation's own moves ({@link Reservation#confirm()},
 * {@link Reservation#refuse()}) say what is allowed; each is stored as a conditional update (the status must still be
 * the awaited one), so that a redelivered decision, or a reservation cancelled meanwhile, changes nothing. A refused booking
 * frees its place under the day's lock; the place goes to the first child waiting, who is told.
 */
public class ApplyPlanningRequestDecisionService implements ApplyPlanningRequestDecisionUseCase {

    private final Activities activities;
    private final Reservations reservations;
    private final Absences absences;
    private final ActivityDays activityDays;
    private final FreedPlaces freedPlaces;
    private final ReassessAttendanceUseCase reassessAttendance;
    private final Clock clock;

    /**
     * When an absence is ruled, the register line of that day (if staff already
     * marked the child absent) is recomputed in the same transaction and its final outcome published.
     */
    public ApplyPlanningRequestDecisionService(Activities activities, Reservations reservations, Absences absences,
                                               ActivityDays activityDays, FreedPlaces freedPlaces,
                                               ReassessAttendanceUseCase reassessAttendance, Clock clock) {
        this.activities = activities;
        this.reservations = reservations;
        this.absences = absences;
        this.activityDays = activityDays;
        this.freedPlaces = freedPlaces;
        this.reassessAttendance = reassessAttendance;
        this.clock = clock;
    }

    @Override
    public void applyDecision(PlanningRequestDecision decision) {
        Instant now = clock.instant();
        if (RESERVATION.equals(decision.type())) {
            Optional<UUID> reservationId = id(decision.payload(), PlanningRequestRecords.RESERVATION_ID);
            if (reservationId.isEmpty()
                    || !PlanningRequestRecords.KIND_BOOKING.equals(decision.payload().get(PlanningRequestRecords.KIND))) {
                return; // a cancellation is never decided: it took effect at once
            }
            Optional<Reservation> awaiting = reservations.byId(reservationId.get())
                    .filter(Reservation::awaitsValidation);
            if (awaiting.isEmpty()) {
                return; // decided already (a redelivered decision), or cancelled meanwhile
            }
            if (decision.accepted()) {
                reservations.confirm(awaiting.get().confirm().id(), now);
            } else {
                Reservation refused = awaiting.get().refuse();
                if (reservations.refuse(refused.id(), now)) {
                    Activity activity = activities.byId(refused.activity())
                            .orElseThrow(() -> new IllegalStateException("Unknown activity " + refused.activity()));
                    activityDays.lock(activity.id(), refused.day(), activity.capacity().places());
                    freedPlaces.passOn(activity, refused.day(), now);
                }
            }
        } else if (ABSENCE.equals(decision.type())) {
            id(decision.payload(), PlanningRequestRecords.ABSENCE_ID).ifPresent(absenceId -> {
                if (absences.rule(absenceId, decision.accepted() ? AbsenceStatus.EXCUSED : AbsenceStatus.BILLED, now)) {
                    Absence ruled = absences.byId(absenceId).orElseThrow();
                    reassessAttendance.reassessAttendance(new ReassessAttendanceCommand(ruled.child(),
                            ruled.activity().value(), ruled.day()));
                }
            });
        }
    }

    @Override
    public Optional<String> conflictWithCurrentState(String type, Map<String, String> payload) {
        if (RESERVATION.equals(type)) {
            boolean awaiting = id(payload, PlanningRequestRecords.RESERVATION_ID).flatMap(reservations::byId)
                    .filter(Reservation::awaitsValidation).isPresent();
            return awaiting ? Optional.empty() : Optional.of("planning.request.conflict.reservation");
        }
        if (ABSENCE.equals(type)) {
            boolean pending = id(payload, PlanningRequestRecords.ABSENCE_ID).flatMap(absences::byId)
                    .map(Absence::status).filter(status -> status == AbsenceStatus.PENDING).isPresent();
            return pending ? Optional.empty() : Optional.of("planning.request.conflict.absence");
        }
        return Optional.empty();
    }

    private static Optional<UUID> id(Map<String, String> payload, String key) {
        try {
            return Optional.ofNullable(payload.get(key)).map(UUID::fromString);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
