package org.portailfamille.planning.adapter.out.persistence;

import org.junit.jupiter.api.Test;
import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.FacilityId;
import org.portailfamille.planning.application.port.out.Activities;
import org.portailfamille.planning.application.port.out.Attendances;
import org.portailfamille.planning.application.port.out.Enrolments;
import org.portailfamille.planning.application.port.out.Facilities;
import org.portailfamille.planning.application.port.out.Reservations;
import org.portailfamille.planning.domain.Activity;
import org.portailfamille.planning.domain.Attendance;
import org.portailfamille.planning.domain.AttendanceMark;
import org.portailfamille.planning.domain.AttendanceOutcome;
import org.portailfamille.planning.domain.BookingDeadline;
import org.portailfamille.planning.domain.BookingMode;
import org.portailfamille.planning.domain.Capacity;
import org.portailfamille.planning.domain.DeadlinePolicy;
import org.portailfamille.planning.domain.Enrolment;
import org.portailfamille.planning.domain.Facility;
import org.portailfamille.planning.domain.Reservation;
import org.portailfamille.planning.domain.ReservationOrigin;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.DateRange;
import org.portailfamille.shared.FamilyId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The register's adapters on the real schema: the upsert of a line, the enrolled children of a day, activities. */
@SpringBootTest
class JooqAttendanceTest {

    static final LocalDate DAY = LocalDate.of(2027, 3, 3);

    @Autowired Facilities facilities;
    @Autowired Activities activities;
    @Autowired Enrolments enrolments;
    @Autowired Reservations reservations;
    @Autowired Attendances attendances;

    Activity newActivity() {
        Facility facility = new Facility(FacilityId.newId(), "Structure " + UUID.randomUUID());
        facilities.add(facility);
        Activity activity = new Activity(ActivityId.newId(), facility.id(), UUID.randomUUID(),
                "Registre " + UUID.randomUUID(), EnumSet.of(DayOfWeek.WEDNESDAY), new Capacity(5, 1),
                BookingMode.CONFIRMED_AT_ONCE, DeadlinePolicy.sameFor(BookingDeadline.theDayBefore(LocalTime.NOON)));
        activities.add(activity);
        return activity;
    }

    @Test
    void marking_a_child_again_replaces_its_line_of_the_day() {
        Activity activity = newActivity();
        ChildId child = ChildId.newId();
        FamilyId family = FamilyId.newId();
        Instant first = Instant.parse("2027-03-03T16:00:00Z");
        attendances.record(Attendance.mark(child, family, activity.id(), DAY, AttendanceMark.ABSENT, true, false,
                "agent.martin", first));
        Attendance other = Attendance.mark(ChildId.newId(), FamilyId.newId(), activity.id(), DAY,
                AttendanceMark.PRESENT, false, false, "agent.martin", first);
        attendances.record(other);
        Attendance replaced = Attendance.mark(child, family, activity.id(), DAY, AttendanceMark.PRESENT, true, false,
                "agent.durand", first.plus(1, ChronoUnit.HOURS));

        attendances.record(replaced);

        assertThat(attendances.on(activity.id(), DAY)).containsExactlyInAnyOrder(replaced, other);
        assertThat(attendances.on(activity.id(), DAY)).filteredOn(a -> a.child().equals(child)).singleElement()
                .satisfies(a -> {
                    assertThat(a.outcome()).isEqualTo(AttendanceOutcome.PRESENT_ON_BOOKING);
                    assertThat(a.recordedBy()).isEqualTo("agent.durand");
                });
        assertThat(other.outcome()).isEqualTo(AttendanceOutcome.PRESENT_WITHOUT_BOOKING);
        assertThat(attendances.ofChild(child, DAY, DAY)).containsExactly(replaced);
        assertThat(attendances.on(activity.id(), DAY.plusDays(7))).isEmpty();
    }

    @Test
    void the_children_enrolled_on_a_day_and_the_regular_days_read_back() {
        Activity activity = newActivity();
        Enrolment covering = Enrolment.of(ChildId.newId(), FamilyId.newId(), activity,
                new DateRange(LocalDate.of(2026, 9, 1), DAY), Set.of(DayOfWeek.WEDNESDAY));
        Enrolment later = Enrolment.of(ChildId.newId(), FamilyId.newId(), activity,
                new DateRange(DAY.plusDays(1), LocalDate.of(2027, 7, 6)), Set.of());
        enrolments.add(covering);
        enrolments.add(later);

        assertThat(enrolments.enrolledOn(activity.id(), DAY)).containsExactly(covering);
        assertThat(enrolments.enrolledOn(activity.id(), DAY.plusDays(7))).containsExactly(later);
        assertThat(activities.all()).contains(activity);

        Reservation regular = Reservation.regular(covering, DAY, Instant.parse("2027-03-01T09:00:00Z"));
        assertThat(reservations.addIfAbsent(regular)).isTrue();
        assertThat(reservations.activeOn(activity.id(), DAY)).singleElement()
                .satisfies(r -> assertThat(r.origin()).isEqualTo(ReservationOrigin.REGULAR));
    }
}
