package org.portailfamille.planning.application.service;

import org.portailfamille.planning.application.port.in.CancelDayForFamilyUseCase;
import org.portailfamille.planning.application.port.in.CancelDayOutcome;
import org.portailfamille.planning.application.port.in.StaffActionCommand;
import org.portailfamille.planning.application.port.out.ActivityDays;
import org.portailfamille.planning.application.port.out.Reservations;
import org.portailfamille.planning.domain.Activity;
import org.portailfamille.planning.domain.DeadlinePolicy;
import org.portailfamille.planning.domain.Reservation;
import org.portailfamille.planning.domain.StaffAction;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Cancels a booked day on a family's behalf, as {@link CancelDayService} does for the family (conditional update,
 * the freed place passed on under the day's lock, a "Réservations" request signed by the staff login), except that
 * staff may override the cancellation deadline, or the activity's refusal of cancellations, with a reason.
 */
public class CancelDayForFamilyService implements CancelDayForFamilyUseCase {

    private final PlanningDays days;
    private final Reservations reservations;
    private final ActivityDays activityDays;
    private final FreedPlaces freedPlaces;
    private final PlanningRequestRecords requests;
    private final StaffActing acting;
    private final Clock clock;

    public CancelDayForFamilyService(PlanningDays days, Reservations reservations, ActivityDays activityDays,
                                     FreedPlaces freedPlaces, PlanningRequestRecords requests, StaffActing acting,
                                     Clock clock) {
        this.days = days;
        this.reservations = reservations;
        this.activityDays = activityDays;
        this.freedPlaces = freedPlaces;
        this.requests = requests;
        this.acting = acting;
        this.clock = clock;
    }

    @Override
    public CancelDayOutcome cancelDayForFamily(StaffActionCommand command) {
        Optional<String> childName = acting.childName(command);
        if (childName.isEmpty()) {
            return CancelDayOutcome.NOT_BOOKED;
        }
        Activity activity = days.activity(command.activityId());
        Optional<Reservation> reservation = reservations.activeOf(command.childId(), activity.id(), command.day())
                .filter(booked -> booked.family().equals(command.familyId()));
        if (reservation.isEmpty()) {
            return CancelDayOutcome.NOT_BOOKED;
        }
        DeadlinePolicy deadlines = activity.deadlines();
        boolean overridden = false;
        if (deadlines.cancellationDeadline().isEmpty()) {
            if (!command.overrideDeadline()) {
                return CancelDayOutcome.NOT_ALLOWED;
            }
            overridden = true;
        } else if (!deadlines.canCancel(command.day(), LocalDateTime.now(clock), days.calendarOf(activity))) {
            if (!command.overrideDeadline()) {
                return CancelDayOutcome.DEADLINE_PASSED;
            }
            overridden = true;
        }
        if (!reservations.cancel(reservation.get().cancel().id(), clock.instant())) {
            return CancelDayOutcome.NOT_BOOKED;
        }
        requests.cancelled(reservation.get(), activity, command.staffLogin());
        activityDays.lock(activity.id(), command.day(), activity.capacity().places());
        freedPlaces.passOn(activity, command.day(), clock.instant());
        acting.done(command, activity, childName.get(), StaffAction.Kind.CANCELLED, overridden);
        return CancelDayOutcome.CANCELLED;
    }
}
