package org.portailfamille.planning.application.service;

import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.application.port.in.EnrolChildCommand;
import org.portailfamille.planning.application.port.in.EnrolChildResult;
import org.portailfamille.planning.application.port.in.EnrolChildUseCase;
import org.portailfamille.planning.application.port.out.Activities;
import org.portailfamille.planning.application.port.out.ActivityDays;
import org.portailfamille.planning.application.port.out.Enrolments;
import org.portailfamille.planning.application.port.out.Reservations;
import org.portailfamille.planning.application.port.out.SchoolHolidayDays;
import org.portailfamille.planning.domain.Activity;
import org.portailfamille.planning.domain.CalendarContext;
import org.portailfamille.planning.domain.Enrolment;
import org.portailfamille.planning.domain.Reservation;
import org.portailfamille.shared.DateRange;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Enrols a child and books its regular days: each regular weekday of the period, from today on (days already past
 * when the enrolment is made are not booked afterwards), on which the activity runs and is open, becomes a
 * reservation of origin REGULAR taking a place of the day. The database decides: a day the child already has
 * booked is left as it is; a day without a place left is not booked (the reservation just added is withdrawn in
 * the same transaction) and is returned so that staff see it. A regular schedule is a term-time contract: the
 * school holidays of the municipality's zone are not regular days (the holiday centre is booked day by day).
 */
public class EnrolChildService implements EnrolChildUseCase {

    private final PlanningDays days;
    private final Activities activities;
    private final Enrolments enrolments;
    private final Reservations reservations;
    private final ActivityDays activityDays;
    private final SchoolHolidayDays schoolHolidays;
    private final Clock clock;

    public EnrolChildService(PlanningDays days, Activities activities, Enrolments enrolments, Reservations reservations,
                             ActivityDays activityDays, SchoolHolidayDays schoolHolidays, Clock clock) {
        this.days = days;
        this.activities = activities;
        this.enrolments = enrolments;
        this.reservations = reservations;
        this.activityDays = activityDays;
        this.schoolHolidays = schoolHolidays;
        this.clock = clock;
    }

    @Override
    public EnrolChildResult enrolChild(EnrolChildCommand command) {
        Activity activity = activities.byId(new ActivityId(command.activityId()))
                .orElseThrow(() -> new IllegalArgumentException("Unknown activity " + command.activityId()));
        DateRange period = new DateRange(command.firstDay(), command.lastDay());
        if (enrolments.of(command.childId(), activity.id()).stream().anyMatch(other -> other.overlaps(period))) {
            throw new IllegalArgumentException("The child is already enrolled in the activity in that period");
        }
        Enrolment enrolment = Enrolment.of(command.childId(), command.familyId(), activity, period,
                command.regularDays());
        enrolments.add(enrolment);
        if (enrolment.regularDays().isEmpty()) {
            return new EnrolChildResult(enrolment.id(), 0, List.of());
        }
        return bookRegularDays(enrolment, activity);
    }

    private EnrolChildResult bookRegularDays(Enrolment enrolment, Activity activity) {
        CalendarContext calendar = days.calendarOf(activity);
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        LocalDate day = enrolment.period().start().isBefore(today) ? today : enrolment.period().start();
        int booked = 0;
        List<LocalDate> withoutPlace = new ArrayList<>();
        Set<LocalDate> holidays = day.isAfter(enrolment.period().end()) ? Set.of()
                : schoolHolidays.between(day, enrolment.period().end()).keySet();
        for (; !day.isAfter(enrolment.period().end()); day = day.plusDays(1)) {
            if (!enrolment.regularDays().contains(day.getDayOfWeek()) || holidays.contains(day)
                    || days.problemWith(activity, calendar, day).isPresent()) {
                continue;
            }
            Reservation reservation = Reservation.regular(enrolment, day, now);
            if (!reservations.addIfAbsent(reservation)) {
                continue;
            }
            if (activityDays.takePlace(activity.id(), day, activity.capacity().places())) {
                booked++;
            } else {
                reservations.withdraw(reservation.id());
                withoutPlace.add(day);
            }
        }
        return new EnrolChildResult(enrolment.id(), booked, withoutPlace);
    }
}
