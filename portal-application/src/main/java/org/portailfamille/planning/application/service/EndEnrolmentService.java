package org.portailfamille.planning.application.service;

import org.portailfamille.planning.application.port.in.EndEnrolmentUseCase;
import org.portailfamille.planning.application.port.out.Activities;
import org.portailfamille.planning.application.port.out.ActivityDays;
import org.portailfamille.planning.application.port.out.Enrolments;
import org.portailfamille.planning.application.port.out.Reservations;
import org.portailfamille.planning.domain.Activity;
import org.portailfamille.planning.domain.Enrolment;
import org.portailfamille.planning.domain.Reservation;
import org.portailfamille.shared.ChildId;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Ends an enrolment earlier: its last day moves, and the child's active bookings after it are cancelled; each freed
 * place goes to the first child waiting, or back to the day's counter.
 */
public class EndEnrolmentService implements EndEnrolmentUseCase {

    private final Activities activities;
    private final Enrolments enrolments;
    private final Reservations reservations;
    private final ActivityDays activityDays;
    private final FreedPlaces freedPlaces;
    private final Clock clock;

    public EndEnrolmentService(Activities activities, Enrolments enrolments, Reservations reservations,
                               ActivityDays activityDays, FreedPlaces freedPlaces, Clock clock) {
        this.activities = activities;
        this.enrolments = enrolments;
        this.reservations = reservations;
        this.activityDays = activityDays;
        this.freedPlaces = freedPlaces;
        this.clock = clock;
    }

    @Override
    public Outcome endEnrolment(ChildId childId, UUID enrolmentId, LocalDate lastDay) {
        Optional<Enrolment> found = enrolments.byId(enrolmentId).filter(e -> e.child().equals(childId));
        if (found.isEmpty()) {
            return Outcome.UNKNOWN_ENROLMENT;
        }
        Enrolment enrolment = found.get();
        if (!enrolment.period().contains(lastDay)) {
            return Outcome.OUTSIDE_PERIOD;
        }
        Enrolment ended = enrolment.endingOn(lastDay);
        enrolments.changeLastDay(enrolment.id(), lastDay);
        Activity activity = activities.byId(enrolment.activity()).orElseThrow();
        Instant now = clock.instant();
        if (lastDay.isBefore(enrolment.period().end())) {
            for (Reservation reservation : reservations.activeBetween(activity.id(), lastDay.plusDays(1),
                    enrolment.period().end())) {
                if (reservation.child().equals(ended.child())
                        && reservations.cancel(reservation.cancel().id(), now)) {
                    activityDays.lock(activity.id(), reservation.day(), activity.capacity().places());
                    freedPlaces.passOn(activity, reservation.day(), now);
                }
            }
        }
        return Outcome.ENDED;
    }
}
