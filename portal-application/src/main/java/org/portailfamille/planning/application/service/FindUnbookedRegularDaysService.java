package org.portailfamille.planning.application.service;

import org.portailfamille.accounts.application.port.in.ChildName;
import org.portailfamille.accounts.application.port.in.GetChildNamesUseCase;
import org.portailfamille.planning.application.port.in.FindUnbookedRegularDaysUseCase;
import org.portailfamille.planning.application.port.in.UnbookedRegularDay;
import org.portailfamille.planning.application.port.out.Activities;
import org.portailfamille.planning.application.port.out.Enrolments;
import org.portailfamille.planning.application.port.out.Reservations;
import org.portailfamille.planning.domain.Activity;
import org.portailfamille.planning.domain.CalendarContext;
import org.portailfamille.planning.domain.Enrolment;
import org.portailfamille.shared.ChildId;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Looks at the days of the next {@value #HORIZON_DAYS} days after the deadline day (a deadline is at most a couple of
 * months before its day): for each activity day that runs and is open, whose booking deadline falls on the deadline
 * day, the enrolled children whose regular weekdays include it and who hold no active reservation.
 */
public class FindUnbookedRegularDaysService implements FindUnbookedRegularDaysUseCase {

    static final int HORIZON_DAYS = 100;

    private final Activities activities;
    private final PlanningDays days;
    private final Enrolments enrolments;
    private final Reservations reservations;
    private final GetChildNamesUseCase childNames;

    public FindUnbookedRegularDaysService(Activities activities, PlanningDays days, Enrolments enrolments,
                                          Reservations reservations, GetChildNamesUseCase childNames) {
        this.activities = activities;
        this.days = days;
        this.enrolments = enrolments;
        this.reservations = reservations;
        this.childNames = childNames;
    }

    @Override
    public List<UnbookedRegularDay> unbookedRegularDaysDueOn(LocalDate deadlineDay) {
        record Found(Enrolment enrolment, Activity activity, LocalDate day, LocalDateTime deadline) {
        }
        List<Found> found = new ArrayList<>();
        for (Activity activity : activities.all()) {
            CalendarContext calendar = days.calendarOf(activity);
            for (int offset = 0; offset <= HORIZON_DAYS; offset++) {
                LocalDate day = deadlineDay.plusDays(offset);
                if (days.problemWith(activity, calendar, day).isPresent()) {
                    continue;
                }
                LocalDateTime deadline = activity.deadlines().bookingDeadlineFor(day, calendar);
                if (!deadline.toLocalDate().equals(deadlineDay)) {
                    continue;
                }
                for (Enrolment enrolment : enrolments.enrolledOn(activity.id(), day)) {
                    if (enrolment.regularDays().contains(day.getDayOfWeek())
                            && reservations.activeOf(enrolment.child(), activity.id(), day).isEmpty()) {
                        found.add(new Found(enrolment, activity, day, deadline));
                    }
                }
            }
        }
        Map<ChildId, ChildName> names = childNames.childNames(found.stream().map(f -> f.enrolment().child())
                .distinct().toList());
        return found.stream()
                .map(f -> new UnbookedRegularDay(f.enrolment().family(), f.enrolment().child(),
                        names.containsKey(f.enrolment().child()) ? names.get(f.enrolment().child()).firstName() : "",
                        f.activity().id().value(), f.activity().name(), f.day(), f.deadline()))
                .sorted(Comparator.comparing((UnbookedRegularDay d) -> d.familyId().value())
                        .thenComparing(d -> d.childId().value()).thenComparing(UnbookedRegularDay::day))
                .toList();
    }
}
