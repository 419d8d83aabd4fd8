package org.portailfamille.planning.application.service;

import org.portailfamille.planning.application.port.in.JoinWaitingListCommand;
import org.portailfamille.planning.application.port.in.JoinWaitingListResult;
import org.portailfamille.planning.application.port.in.JoinWaitingListResult.Outcome;
import org.portailfamille.planning.application.port.in.JoinWaitingListUseCase;
import org.portailfamille.planning.application.port.out.ActivityDays;
import org.portailfamille.planning.application.port.out.PlaceOffers;
import org.portailfamille.planning.application.port.out.Reservations;
import org.portailfamille.planning.application.port.out.WaitingLists;
import org.portailfamille.planning.domain.Activity;
import org.portailfamille.planning.domain.CalendarContext;
import org.portailfamille.planning.domain.WaitingList;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Puts a child on the waiting list of a full day. Under the day's lock (the one cancellations take), so that a
 * child never waits for a day whose freed place was just given back, nor waits again while a place is offered to it.
 */
public class JoinWaitingListService implements JoinWaitingListUseCase {

    private final PlanningDays days;
    private final Reservations reservations;
    private final ActivityDays activityDays;
    private final WaitingLists waitingLists;
    private final PlaceOffers offers;
    private final Clock clock;

    public JoinWaitingListService(PlanningDays days, Reservations reservations, ActivityDays activityDays,
                                  WaitingLists waitingLists, PlaceOffers offers, Clock clock) {
        this.days = days;
        this.reservations = reservations;
        this.activityDays = activityDays;
        this.waitingLists = waitingLists;
        this.offers = offers;
        this.clock = clock;
    }

    @Override
    public JoinWaitingListResult joinWaitingList(JoinWaitingListCommand command) {
        Activity activity = days.activity(command.activityId());
        LocalDate day = command.day();
        CalendarContext calendar = days.calendarOf(activity);
        Optional<PlanningDays.Problem> problem = days.problemWith(activity, calendar, day);
        if (problem.isPresent()) {
            return JoinWaitingListResult.of(Outcome.valueOf(problem.get().name()));
        }
        if (days.enrolment(command.familyId(), command.childId(), activity, day).isEmpty()) {
            return JoinWaitingListResult.of(Outcome.NOT_ENROLLED);
        }
        if (reservations.activeOf(command.childId(), activity.id(), day).isPresent()) {
            return JoinWaitingListResult.of(Outcome.ALREADY_BOOKED);
        }
        if (!activity.deadlines().canBook(day, LocalDateTime.now(clock), calendar)) {
            return JoinWaitingListResult.of(Outcome.DEADLINE_PASSED);
        }
        int taken = activityDays.lock(activity.id(), day, activity.capacity().places());
        WaitingList list = waitingLists.of(activity.id(), day);
        if (list.contains(command.childId())) {
            return new JoinWaitingListResult(Outcome.ALREADY_WAITING, list.positionOf(command.childId()).getAsInt());
        }
        boolean offered = offers.pendingOf(command.familyId()).stream().map(PlaceOffers.Pending::offer)
                .anyMatch(offer -> offer.child().equals(command.childId()) && offer.activity().equals(activity.id())
                        && offer.day().equals(day));
        if (offered) {
            return JoinWaitingListResult.of(Outcome.PLACE_OFFERED);
        }
        if (!activity.capacity().isFull(taken)) {
            return JoinWaitingListResult.of(Outcome.NOT_FULL);
        }
        waitingLists.join(activity.id(), day, command.childId(), command.familyId(), clock.instant());
        int position = waitingLists.of(activity.id(), day).positionOf(command.childId()).orElse(0);
        return new JoinWaitingListResult(Outcome.JOINED, position);
    }
}
