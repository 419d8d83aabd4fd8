package org.portailfamille.planning.application.service;

import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.FacilityId;
import org.portailfamille.planning.application.port.in.ActivityView;
import org.portailfamille.planning.application.port.in.BookingPeriodView;
import org.portailfamille.planning.application.port.in.ClosureView;
import org.portailfamille.planning.application.port.in.EnrolmentView;
import org.portailfamille.planning.application.port.in.FacilityView;
import org.portailfamille.planning.application.port.in.SchoolCalendarView;
import org.portailfamille.planning.application.port.in.ViewPlanningSetUpUseCase;
import org.portailfamille.planning.application.port.out.Activities;
import org.portailfamille.planning.application.port.out.BookingPeriods;
import org.portailfamille.planning.application.port.out.Closures;
import org.portailfamille.planning.application.port.out.Enrolments;
import org.portailfamille.planning.application.port.out.Facilities;
import org.portailfamille.planning.application.port.out.SchoolCalendars;
import org.portailfamille.planning.domain.Activity;
import org.portailfamille.planning.domain.BookingPeriod;
import org.portailfamille.planning.domain.CancellationRule;
import org.portailfamille.planning.domain.Closure;
import org.portailfamille.planning.domain.Enrolment;
import org.portailfamille.planning.domain.Facility;
import org.portailfamille.planning.domain.PublicHoliday;
import org.portailfamille.planning.domain.PublicHolidays;
import org.portailfamille.planning.domain.SchoolHoliday;
import org.portailfamille.planning.domain.SchoolHolidayZone;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.DateRange;
import org.portailfamille.shared.SchoolYear;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public class ViewPlanningSetUpService implements ViewPlanningSetUpUseCase {

    private final Facilities facilities;
    private final Activities activities;
    private final BookingPeriods bookingPeriods;
    private final Closures closures;
    private final Enrolments enrolments;
    private final SchoolCalendars calendars;

    public ViewPlanningSetUpService(Facilities facilities, Activities activities, BookingPeriods bookingPeriods,
                                    Closures closures, Enrolments enrolments, SchoolCalendars calendars) {
        this.facilities = facilities;
        this.activities = activities;
        this.bookingPeriods = bookingPeriods;
        this.closures = closures;
        this.enrolments = enrolments;
        this.calendars = calendars;
    }

    @Override
    public List<FacilityView> facilities() {
        return facilities.all().stream().map(ViewPlanningSetUpService::view).toList();
    }

    @Override
    public Optional<FacilityView> facility(UUID facilityId) {
        return facilities.byId(new FacilityId(facilityId)).map(ViewPlanningSetUpService::view);
    }

    @Override
    public List<ActivityView> activitiesOf(UUID facilityId) {
        return activities.ofFacility(new FacilityId(facilityId)).stream().map(ViewPlanningSetUpService::view).toList();
    }

    @Override
    public Optional<ActivityView> activity(UUID activityId) {
        return activities.byId(new ActivityId(activityId)).map(ViewPlanningSetUpService::view);
    }

    @Override
    public List<BookingPeriodView> bookingPeriodsOf(UUID activityId) {
        return bookingPeriods.of(new ActivityId(activityId)).stream().map(ViewPlanningSetUpService::view).toList();
    }

    @Override
    public Optional<BookingPeriodView> bookingOpening(UUID activityId, LocalDate day) {
        return bookingPeriods.of(new ActivityId(activityId)).stream().filter(period -> period.covers(day))
                .findFirst().map(ViewPlanningSetUpService::view);
    }

    @Override
    public List<ClosureView> closuresOf(UUID facilityId) {
        return closures.ofFacility(new FacilityId(facilityId)).stream().map(listed -> {
            Closure closure = listed.closure();
            UUID activityId = closure.scope() instanceof Closure.SingleActivity single ? single.activity().value()
                    : null;
            return new ClosureView(listed.id(), facilityId, activityId, closure.period().start(),
                    closure.period().end(), closure.reason().name(), closure.details());
        }).toList();
    }

    @Override
    public List<EnrolmentView> enrolmentsOf(ChildId childId) {
        List<EnrolmentView> views = new ArrayList<>();
        for (Enrolment enrolment : enrolments.ofChild(childId)) {
            Optional<Activity> activity = activities.byId(enrolment.activity());
            if (activity.isEmpty()) {
                continue;
            }
            String facilityName = facilities.byId(activity.get().facility()).map(Facility::name).orElse("");
            views.add(new EnrolmentView(enrolment.id(), enrolment.activity().value(), activity.get().name(),
                    facilityName, enrolment.period().start(), enrolment.period().end(), enrolment.regularDays()));
        }
        return List.copyOf(views);
    }

    @Override
    public SchoolCalendarView schoolCalendar(int schoolYearStart) {
        SchoolYear year = new SchoolYear(schoolYearStart);
        SchoolHolidayZone zone = calendars.holidayZone();
        DateRange range = year.range();
        List<SchoolCalendarView.Holiday> holidays = calendars.holidaysOverlapping(range).stream()
                .filter(stored -> stored.holiday().zone() == zone)
                .map(stored -> {
                    SchoolHoliday holiday = stored.holiday();
                    return new SchoolCalendarView.Holiday(stored.id(), holiday.zone().name(), holiday.name().name(),
                            holiday.lastSchoolDay(), holiday.returnDay());
                }).toList();
        List<SchoolCalendarView.PublicHolidayView> publicHolidays = new ArrayList<>();
        for (int calendarYear = year.firstDay().getYear(); calendarYear <= year.lastDay().getYear(); calendarYear++) {
            for (PublicHoliday holiday : PublicHolidays.of(calendarYear)) {
                if (range.contains(holiday.date())) {
                    publicHolidays.add(new SchoolCalendarView.PublicHolidayView(holiday.name().name(),
                            holiday.date()));
                }
            }
        }
        return new SchoolCalendarView(schoolYearStart, zone.name(), holidays, publicHolidays);
    }

    private static FacilityView view(Facility facility) {
        return new FacilityView(facility.id().value(), facility.name());
    }

    static ActivityView view(Activity activity) {
        CancellationRule cancellation = activity.deadlines().cancellation();
        String cancellationKind;
        org.portailfamille.planning.application.port.in.DeadlineRule cancellationDeadline = null;
        if (cancellation instanceof CancellationRule.OwnDeadline own) {
            cancellationKind = "OWN_DEADLINE";
            cancellationDeadline = DeadlineRules.ruleOf(own.deadline());
        } else if (cancellation instanceof CancellationRule.NotAllowed) {
            cancellationKind = "NOT_ALLOWED";
        } else {
            cancellationKind = "SAME_AS_BOOKING";
        }
        return new ActivityView(activity.id().value(), activity.facility().value(), activity.regieId(),
                activity.name(), activity.weekdays(), activity.capacity().places(),
                activity.capacity().alertThreshold(), activity.mode().name(),
                DeadlineRules.ruleOf(activity.deadlines().booking()), cancellationKind, cancellationDeadline,
                activity.season().kind().name(), activity.season().sessions());
    }

    private static BookingPeriodView view(BookingPeriod period) {
        return new BookingPeriodView(period.id(), period.activity().value(), period.days().start(),
                period.days().end(), period.opensAt(), period.closesAt());
    }
}
