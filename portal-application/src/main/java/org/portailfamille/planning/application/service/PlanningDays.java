package org.portailfamille.planning.application.service;

import org.jspecify.annotations.Nullable;
import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.FacilityId;
import org.portailfamille.planning.application.port.out.Activities;
import org.portailfamille.planning.application.port.out.Closures;
import org.portailfamille.planning.application.port.out.Enrolments;
import org.portailfamille.planning.application.port.out.SchoolHolidayDays;
import org.portailfamille.planning.domain.Activity;
import org.portailfamille.planning.domain.CalendarContext;
import org.portailfamille.planning.domain.Closure;
import org.portailfamille.planning.domain.SchoolHoliday;
import org.portailfamille.planning.domain.Enrolment;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * What the booking use cases ask of a day before touching places: the activity, whether it runs and is open that
 * day (weekdays, public holidays, closures), and the enrolment letting a family's child book it. One bean shared by
 * the services (wired in {@code planning.config}).
 */
public final class PlanningDays {

    /** Why a day of an activity cannot be booked by anyone. */
    enum Problem { NOT_RUNNING_THAT_DAY, CLOSED }

    private final Activities activities;
    private final Closures closures;
    private final Enrolments enrolments;
    private final SchoolHolidayDays schoolHolidays;

    /** Days whose activities are all offered all year (no school holidays known). */
    public PlanningDays(Activities activities, Closures closures, Enrolments enrolments) {
        this(activities, closures, enrolments, (from, to) -> java.util.Map.of());
    }

    /** The school holidays tell which days lie in an activity's season (ADR 0030). */
    public PlanningDays(Activities activities, Closures closures, Enrolments enrolments,
                        SchoolHolidayDays schoolHolidays) {
        this.activities = activities;
        this.closures = closures;
        this.enrolments = enrolments;
        this.schoolHolidays = schoolHolidays;
    }

    Activity activity(UUID id) {
        return activities.byId(new ActivityId(id))
                .orElseThrow(() -> new IllegalArgumentException("Unknown activity " + id));
    }

    /** Public holidays and the closures of the activity (its own and its facility's). */
    CalendarContext calendarOf(Activity activity) {
        return CalendarContext.of(closures.closing(activity), activity.facility(), activity.id());
    }

    /** Why nobody can book {@code day}, if so: a day outside the activity's season is not one it runs. */
    Optional<Problem> problemWith(Activity activity, CalendarContext calendar, LocalDate day) {
        return problemWith(activity, calendar, day, schoolHolidays.between(day, day).get(day));
    }

    private static Optional<Problem> problemWith(Activity activity, CalendarContext calendar, LocalDate day,
                                                 SchoolHoliday.@Nullable Kind holiday) {
        if (!activity.runsOn(day) || !activity.season().offers(day, holiday)) {
            return Optional.of(Problem.NOT_RUNNING_THAT_DAY);
        }
        if (calendar.isPublicHoliday(day) || calendar.isClosed(day)) {
            return Optional.of(Problem.CLOSED);
        }
        return Optional.empty();
    }

    /**
     * Why nobody can book {@code day} of each of these activities of {@code facility}, if so: the closures of the
     * facility and the school holidays read once for all of them (a facility's registers).
     */
    java.util.Map<ActivityId, Optional<Problem>> problemsWith(java.util.List<Activity> ofFacility, FacilityId facility,
                                                             LocalDate day) {
        java.util.List<Closure> closing = closures.ofFacility(facility).stream().map(Closures.Listed::closure).toList();
        SchoolHoliday.@Nullable Kind holiday = schoolHolidays.between(day, day).get(day);
        java.util.Map<ActivityId, Optional<Problem>> problems = new java.util.HashMap<>();
        for (Activity activity : ofFacility) {
            Optional<Problem> problem = problemWith(activity,
                    CalendarContext.of(closing, activity.facility(), activity.id()), day, holiday);
            problems.put(activity.id(), problem);
        }
        return problems;
    }

    /** The enrolment of {@code child}, a child of {@code family}, covering {@code day} of {@code activity}. */
    Optional<Enrolment> enrolment(FamilyId family, ChildId child, Activity activity, LocalDate day) {
        return enrolments.covering(child, activity.id(), day)
                .filter(enrolment -> enrolment.family().equals(family));
    }
}
