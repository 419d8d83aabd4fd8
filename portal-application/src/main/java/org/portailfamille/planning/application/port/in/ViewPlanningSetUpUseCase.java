package org.portailfamille.planning.application.port.in;

import org.portailfamille.shared.ChildId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What the back office reads of the planning set-up. */
public interface ViewPlanningSetUpUseCase {

    /** Every facility, by name. */
    List<FacilityView> facilities();

    Optional<FacilityView> facility(UUID facilityId);

    /** The activities of a facility, by name. */
    List<ActivityView> activitiesOf(UUID facilityId);

    Optional<ActivityView> activity(UUID activityId);

    /** The booking periods of an activity, by first day. */
    List<BookingPeriodView> bookingPeriodsOf(UUID activityId);

    /**
     * The booking period of an activity covering {@code day}, if any: when its booking opens (and closes). A day in no
     * period follows the activity's deadlines only.
     */
    Optional<BookingPeriodView> bookingOpening(UUID activityId, LocalDate day);

    /** The closures of a facility and of its activities, by first day. */
    List<ClosureView> closuresOf(UUID facilityId);

    /** The enrolments of a child, by first day. */
    List<EnrolmentView> enrolmentsOf(ChildId childId);

    /** The calendar of the school year starting in September of {@code schoolYearStart}. */
    SchoolCalendarView schoolCalendar(int schoolYearStart);
}
