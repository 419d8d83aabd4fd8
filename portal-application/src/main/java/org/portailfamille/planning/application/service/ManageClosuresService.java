package org.portailfamille.planning.application.service;

import org.portailfamille.planning.ActivityDaysClosed;
import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.FacilityId;
import org.portailfamille.planning.application.port.in.CloseDaysCommand;
import org.portailfamille.planning.application.port.in.CloseDaysResult;
import org.portailfamille.planning.application.port.in.ManageClosuresUseCase;
import org.portailfamille.planning.application.port.out.Activities;
import org.portailfamille.planning.application.port.out.ActivityDays;
import org.portailfamille.planning.application.port.out.Closures;
import org.portailfamille.planning.application.port.out.Facilities;
import org.portailfamille.planning.application.port.out.PlaceOffers;
import org.portailfamille.planning.application.port.out.PlanningEvents;
import org.portailfamille.planning.application.port.out.Reservations;
import org.portailfamille.planning.application.port.out.WaitingLists;
import org.portailfamille.planning.domain.Activity;
import org.portailfamille.planning.domain.Closure;
import org.portailfamille.planning.domain.ClosureReason;
import org.portailfamille.planning.domain.Facility;
import org.portailfamille.planning.domain.Reservation;
import org.portailfamille.shared.DateRange;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Closing days, in one transaction: the closure is recorded, every active booking of the closed days of the
 * activities concerned is cancelled and its place given back to the day's counter (nobody can book a closed day, so
 * it is not offered to the waiting list), the pending place offers of those days are withdrawn (their places freed)
 * and their waiting lists emptied, and {@link ActivityDaysClosed} is published so that the families are told.
 * Removing a closure restores none of this (see {@link ManageClosuresUseCase#removeClosure}).
 */
public class ManageClosuresService implements ManageClosuresUseCase {

    /** A closure covers at most a year: a longer one is surely a typing mistake. */
    static final int MAX_DAYS = 366;

    private final Facilities facilities;
    private final Activities activities;
    private final Closures closures;
    private final Reservations reservations;
    private final ActivityDays activityDays;
    private final PlanningEvents events;
    private final Clock clock;
    private final PlaceOffers offers;
    private final WaitingLists waitingLists;

    public ManageClosuresService(Facilities facilities, Activities activities, Closures closures,
                                 Reservations reservations, ActivityDays activityDays, PlanningEvents events,
                                 Clock clock, PlaceOffers offers, WaitingLists waitingLists) {
        this.offers = offers;
        this.waitingLists = waitingLists;
        this.facilities = facilities;
        this.activities = activities;
        this.closures = closures;
        this.reservations = reservations;
        this.activityDays = activityDays;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public CloseDaysResult closeDays(CloseDaysCommand command) {
        Facility facility = facilities.byId(new FacilityId(command.facilityId()))
                .orElseThrow(() -> new IllegalArgumentException("Unknown facility " + command.facilityId()));
        DateRange period = new DateRange(command.firstDay(), command.lastDay());
        if (command.firstDay().plusDays(MAX_DAYS).isBefore(command.lastDay())) {
            throw new IllegalArgumentException("A closure covers at most " + MAX_DAYS + " days");
        }
        ClosureReason reason = ClosureReason.valueOf(command.reason());
        List<Activity> concerned;
        Closure closure;
        if (command.activityId() == null) {
            concerned = activities.ofFacility(facility.id());
            closure = Closure.ofFacility(facility.id(), period, reason, command.details());
        } else {
            Activity activity = activities.byId(new ActivityId(command.activityId()))
                    .filter(candidate -> candidate.facility().equals(facility.id()))
                    .orElseThrow(() -> new IllegalArgumentException("Unknown activity " + command.activityId()));
            concerned = List.of(activity);
            closure = Closure.ofActivity(activity.id(), period, reason, command.details());
        }
        long closureId = closures.addTo(facility.id(), closure);
        Instant now = clock.instant();
        List<ActivityDaysClosed.CancelledBooking> cancelled = new ArrayList<>();
        int withdrawnOffers = 0;
        int withdrawnWaiting = 0;
        for (Activity activity : concerned) {
            for (Reservation reservation : reservations.activeBetween(activity.id(), period.start(), period.end())) {
                if (!reservations.cancel(reservation.cancel().id(), now)) {
                    continue; // cancelled meanwhile: its place was given back then
                }
                activityDays.lock(activity.id(), reservation.day(), activity.capacity().places());
                activityDays.releasePlace(activity.id(), reservation.day());
                cancelled.add(new ActivityDaysClosed.CancelledBooking(reservation.id(), reservation.family(),
                        reservation.child(), activity.id().value(), activity.name(), reservation.day()));
            }
            for (PlaceOffers.Pending pending : offers.withdrawBetween(activity.id(), period.start(), period.end(),
                    now)) {
                // a pending offer holds its place: freed, nobody can book a closed day
                activityDays.lock(activity.id(), pending.offer().day(), activity.capacity().places());
                activityDays.releasePlace(activity.id(), pending.offer().day());
                withdrawnOffers++;
            }
            withdrawnWaiting += waitingLists.removeBetween(activity.id(), period.start(), period.end()).size();
        }
        ActivityDaysClosed event = new ActivityDaysClosed(UUID.randomUUID(), facility.name(),
                command.activityId() == null ? "" : concerned.get(0).name(), period.start(), period.end(),
                reason.name(), closure.details(), cancelled);
        events.daysClosed(event);
        return new CloseDaysResult(closureId, cancelled.size(), event.familyIds().size(), withdrawnOffers,
                withdrawnWaiting);
    }

    @Override
    public boolean removeClosure(UUID facilityId, long closureId) {
        return closures.remove(new FacilityId(facilityId), closureId);
    }
}
