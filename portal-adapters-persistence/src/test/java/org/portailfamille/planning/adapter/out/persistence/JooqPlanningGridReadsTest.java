package org.portailfamille.planning.adapter.out.persistence;

import org.junit.jupiter.api.Test;
import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.FacilityId;
import org.portailfamille.planning.application.port.out.Activities;
import org.portailfamille.planning.application.port.out.ActivityDays;
import org.portailfamille.planning.application.port.out.Enrolments;
import org.portailfamille.planning.application.port.out.Facilities;
import org.portailfamille.planning.application.port.out.WaitingLists;
import org.portailfamille.planning.domain.Activity;
import org.portailfamille.planning.domain.BookingDeadline;
import org.portailfamille.planning.domain.BookingMode;
import org.portailfamille.planning.domain.Capacity;
import org.portailfamille.planning.domain.DeadlinePolicy;
import org.portailfamille.planning.domain.Enrolment;
import org.portailfamille.planning.domain.Facility;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.DateRange;
import org.portailfamille.shared.FamilyId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The reads of the planning grid on the real schema: a child's enrolments, a month's places and waiting days. */
@SpringBootTest
class JooqPlanningGridReadsTest {

    static final LocalDate FIRST = LocalDate.of(2027, 3, 1);

    @Autowired Facilities facilities;
    @Autowired Activities activities;
    @Autowired Enrolments enrolments;
    @Autowired ActivityDays activityDays;
    @Autowired WaitingLists waitingLists;

    Activity newActivity() {
        Facility facility = new Facility(FacilityId.newId(), "Structure " + UUID.randomUUID());
        facilities.add(facility);
        Activity activity = new Activity(ActivityId.newId(), facility.id(), UUID.randomUUID(), "Garderie",
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), new Capacity(3, 1), BookingMode.CONFIRMED_AT_ONCE,
                DeadlinePolicy.sameFor(BookingDeadline.theDayBefore(LocalTime.NOON)));
        activities.add(activity);
        return activity;
    }

    @Test
    void the_enrolments_of_a_child_in_every_activity_in_first_day_order() {
        ChildId child = ChildId.newId();
        FamilyId family = FamilyId.newId();
        Activity garderie = newActivity();
        Activity canteen = newActivity();
        Enrolment later = Enrolment.of(child, family, garderie, new DateRange(FIRST.plusMonths(1), FIRST.plusMonths(3)),
                Set.of(DayOfWeek.MONDAY));
        Enrolment earlier = Enrolment.of(child, family, canteen, new DateRange(FIRST, FIRST.plusMonths(2)), Set.of());
        enrolments.add(later);
        enrolments.add(earlier);
        enrolments.add(Enrolment.of(ChildId.newId(), family, canteen, new DateRange(FIRST, FIRST), Set.of()));

        assertThat(enrolments.ofChild(child)).containsExactly(earlier, later);
        assertThat(enrolments.ofChild(ChildId.newId())).isEmpty();
    }

    @Test
    void the_places_taken_and_the_days_waited_within_a_month() {
        Activity activity = newActivity();
        Activity other = newActivity();
        activityDays.takePlace(activity.id(), FIRST, 3);
        activityDays.takePlace(activity.id(), FIRST.plusDays(2), 3);
        activityDays.takePlace(activity.id(), FIRST.plusDays(2), 3);
        activityDays.takePlace(activity.id(), FIRST.plusMonths(1), 3);
        activityDays.takePlace(other.id(), FIRST.plusDays(3), 3);

        assertThat(activityDays.takenBetween(activity.id(), FIRST, FIRST.plusDays(30)))
                .isEqualTo(Map.of(FIRST, 1, FIRST.plusDays(2), 2));

        ChildId child = ChildId.newId();
        FamilyId family = FamilyId.newId();
        Instant now = Instant.now();
        waitingLists.join(activity.id(), FIRST.plusDays(2), child, family, now);
        waitingLists.join(activity.id(), FIRST.plusMonths(1), child, family, now);
        waitingLists.join(other.id(), FIRST.plusDays(3), child, family, now);
        waitingLists.join(activity.id(), FIRST.plusDays(4), ChildId.newId(), FamilyId.newId(), now);

        assertThat(waitingLists.daysWaitedBy(child, activity.id(), FIRST, FIRST.plusDays(30)))
                .containsExactly(FIRST.plusDays(2));
    }
}
