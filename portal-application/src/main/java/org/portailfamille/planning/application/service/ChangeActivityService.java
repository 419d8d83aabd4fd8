package org.portailfamille.planning.application.service;

import org.portailfamille.planning.ActivityDaysClosed;
import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.ActivityScheduleChanged;
import org.portailfamille.planning.application.port.in.ChangeActivityUseCase;
import org.portailfamille.planning.application.port.in.SetUpActivityCommand;
import org.portailfamille.planning.application.port.out.Activities;
import org.portailfamille.planning.application.port.out.ActivityDays;
import org.portailfamille.planning.application.port.out.Facilities;
import org.portailfamille.planning.application.port.out.PlanningEvents;
import org.portailfamille.planning.application.port.out.Reservations;
import org.portailfamille.planning.application.port.out.SchoolHolidayDays;
import org.portailfamille.planning.domain.Activity;
import org.portailfamille.planning.domain.BookingMode;
import org.portailfamille.planning.domain.Capacity;
import org.portailfamille.planning.domain.Reservation;
import org.portailfamille.planning.domain.SchoolHoliday;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Staff change an activity's settings. When its weekdays or its season change (ADR 0030), the bookings of the days
 * it no longer offers, from today on, are cancelled in the same transaction (regular days included), their places
 * freed, and {@link ActivityScheduleChanged} tells the families concerned.
 */
public class ChangeActivityService implements ChangeActivityUseCase {

    /** How far ahead bookings are re-checked: bookings open at most a school year or so in advance. */
    static final int DAYS_AHEAD = 730;

    private final Activities activities;
    private final Facilities facilities;
    private final Reservations reservations;
    private final ActivityDays activityDays;
    private final SchoolHolidayDays schoolHolidays;
    private final PlanningEvents events;
    private final Clock clock;

    public ChangeActivityService(Activities activities, Facilities facilities, Reservations reservations,
                                 ActivityDays activityDays, SchoolHolidayDays schoolHolidays, PlanningEvents events,
                                 Clock clock) {
        this.activities = activities;
        this.facilities = facilities;
        this.reservations = reservations;
        this.activityDays = activityDays;
        this.schoolHolidays = schoolHolidays;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public boolean changeActivity(UUID activityId, SetUpActivityCommand command) {
        Optional<Activity> existing = activities.byId(new ActivityId(activityId));
        if (existing.isEmpty() || !existing.get().facility().value().equals(command.facilityId())) {
            return false;
        }
        Activity before = existing.get();
        Activity changed = new Activity(before.id(), before.facility(), command.regieId(),
                command.name(), command.weekdays(), new Capacity(command.places(), command.almostFullThreshold()),
                BookingMode.valueOf(command.bookingMode()), DeadlineRules.policyOf(command),
                DeadlineRules.seasonOf(command));
        activities.update(changed);
        if (!changed.weekdays().equals(before.weekdays()) || !changed.season().equals(before.season())) {
            cancelDaysNoLongerOffered(changed);
        }
        return true;
    }

    private void cancelDaysNoLongerOffered(Activity activity) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        LocalDate last = today.plusDays(DAYS_AHEAD);
        Map<LocalDate, SchoolHoliday.Kind> holidays = schoolHolidays.between(today, last);
        List<ActivityDaysClosed.CancelledBooking> cancelled = new ArrayList<>();
        for (Reservation reservation : reservations.activeBetween(activity.id(), today, last)) {
            if (activity.offeredOn(reservation.day(), holidays.get(reservation.day()))) {
                continue;
            }
            if (!reservations.cancel(reservation.cancel().id(), now)) {
                continue; // cancelled meanwhile: its place was given back then
            }
            activityDays.lock(activity.id(), reservation.day(), activity.capacity().places());
            activityDays.releasePlace(activity.id(), reservation.day());
            cancelled.add(new ActivityDaysClosed.CancelledBooking(reservation.id(), reservation.family(),
                    reservation.child(), activity.id().value(), activity.name(), reservation.day()));
        }
        if (!cancelled.isEmpty()) {
            String facility = facilities.byId(activity.facility()).map(f -> f.name()).orElse("");
            events.scheduleChanged(new ActivityScheduleChanged(UUID.randomUUID(), facility, activity.name(),
                    cancelled));
        }
    }
}
