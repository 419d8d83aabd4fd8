package org.portailfamille.planning.application.service;

import org.portailfamille.planning.application.port.in.CancelDayCommand;
import org.portailfamille.planning.application.port.in.CancelDayOutcome;
import org.portailfamille.planning.application.port.in.CancelDayUseCase;
import org.portailfamille.planning.application.port.out.ActivityDays;
import org.portailfamille.planning.application.port.out.Reservations;
import org.portailfamille.planning.domain.Activity;
import org.portailfamille.planning.domain.DeadlinePolicy;
import org.portailfamille.planning.domain.Reservation;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Cancels a booked day before its cancellation deadline. The reservation is cancelled by a conditional update (a
 * second concurrent cancellation finds nothing to cancel); then, under the day's lock, the freed place is offered
 * to the first child waiting (who is told), or given back. The cancellation is recorded as a "Réservations" request
 * ("Annulation"), accepted at once since it took effect.
 */
public class CancelDayService implements CancelDayUseCase {

    private final PlanningDays days;
    private final Reservations reservations;
    private final ActivityDays activityDays;
    private final FreedPlaces freedPlaces;
    private final PlanningRequestRecords requests;
    private final Clock clock;

    public CancelDayService(PlanningDays days, Reservations reservations, ActivityDays activityDays,
                            FreedPlaces freedPlaces, PlanningRequestRecords requests, Clock clock) {
        this.days = days;
        this.reservations = reservations;
        this.activityDays = activityDays;
        this.freedPlaces = freedPlaces;
        this.requests = requests;
        this.clock = clock;
    }

    @Override
    public CancelDayOutcome cancelDay(CancelDayCommand command) {
        Activity activity = days.activity(command.activityId());
        Optional<Reservation> reservation = reservations.activeOf(command.childId(), activity.id(), command.day())
                .filter(booked -> booked.family().equals(command.familyId()));
        if (reservation.isEmpty()) {
            return CancelDayOutcome.NOT_BOOKED;
        }
        DeadlinePolicy deadlines = activity.deadlines();
        if (deadlines.cancellationDeadline().isEmpty()) {
            return CancelDayOutcome.NOT_ALLOWED;
        }
        if (!deadlines.canCancel(command.day(), LocalDateTime.now(clock), days.calendarOf(activity))) {
            return CancelDayOutcome.DEADLINE_PASSED;
        }
        if (!reservations.cancel(reservation.get().cancel().id(), clock.instant())) {
            return CancelDayOutcome.NOT_BOOKED;
        }
        requests.cancelled(reservation.get(), activity, command.submittedBy());
        activityDays.lock(activity.id(), command.day(), activity.capacity().places());
        freedPlaces.passOn(activity, command.day(), clock.instant());
        return CancelDayOutcome.CANCELLED;
    }
}
