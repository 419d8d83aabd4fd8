package org.portailfamille.planning.adapter.out.persistence;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.FacilityId;
import org.portailfamille.planning.application.port.out.Activities;
import org.portailfamille.planning.application.port.out.ActivityDays;
import org.portailfamille.planning.application.port.out.BookingPeriods;
import org.portailfamille.planning.application.port.out.Closures;
import org.portailfamille.planning.application.port.out.Enrolments;
import org.portailfamille.planning.application.port.out.Facilities;
import org.portailfamille.planning.application.port.out.Reservations;
import org.portailfamille.planning.application.port.out.SchoolCalendars;
import org.portailfamille.planning.domain.Activity;
import org.portailfamille.planning.domain.BookingDeadline;
import org.portailfamille.planning.domain.BookingMode;
import org.portailfamille.planning.domain.BookingPeriod;
import org.portailfamille.planning.domain.CancellationRule;
import org.portailfamille.planning.domain.Capacity;
import org.portailfamille.planning.domain.Closure;
import org.portailfamille.planning.domain.ClosureReason;
import org.portailfamille.planning.domain.DeadlinePolicy;
import org.portailfamille.planning.domain.Enrolment;
import org.portailfamille.planning.domain.Facility;
import org.portailfamille.planning.domain.Reservation;
import org.portailfamille.planning.domain.ReservationStatus;
import org.portailfamille.planning.domain.SchoolHoliday;
import org.portailfamille.planning.domain.SchoolHolidayName;
import org.portailfamille.planning.domain.SchoolHolidayZone;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.DateRange;
import org.portailfamille.shared.FamilyId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.portailfamille.planning.adapter.out.persistence.jooq.Tables.BOOKING_PERIOD;

/** The tables and queries of the planning set-up: periods, calendar, listing, renaming, changing, closures. */
@SpringBootTest
class JooqPlanningSetUpTest {

    @Autowired Facilities facilities;
    @Autowired Activities activities;
    @Autowired Closures closures;
    @Autowired Enrolments enrolments;
    @Autowired Reservations reservations;
    @Autowired ActivityDays activityDays;
    @Autowired BookingPeriods periods;
    @Autowired SchoolCalendars calendars;
    @Autowired DSLContext dsl;

    Activity newActivity(Facility facility, String name) {
        Activity activity = new Activity(ActivityId.newId(), facility.id(), UUID.randomUUID(), name,
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), new Capacity(10, 2), BookingMode.CONFIRMED_AT_ONCE,
                new DeadlinePolicy(BookingDeadline.theDayBefore(LocalTime.of(18, 0)),
                        CancellationRule.until(BookingDeadline.daysBefore(2, LocalTime.NOON))));
        activities.add(activity);
        return activity;
    }

    Facility newFacility() {
        Facility facility = new Facility(FacilityId.newId(), "Structure " + UUID.randomUUID());
        facilities.add(facility);
        return facility;
    }

    @Test
    void booking_periods_read_back_with_their_local_opening_and_closing_moments() {
        Activity activity = newActivity(newFacility(), "ALSH Vacances");
        BookingPeriod open = BookingPeriod.of(activity.id(), new DateRange(LocalDate.of(2027, 7, 5),
                LocalDate.of(2027, 8, 27)), LocalDateTime.of(2027, 6, 2, 8, 30), null);
        BookingPeriod closing = BookingPeriod.of(activity.id(), new DateRange(LocalDate.of(2027, 10, 25),
                LocalDate.of(2027, 11, 5)), LocalDateTime.of(2027, 9, 15, 8, 30), LocalDateTime.of(2027, 10, 1, 23, 59));
        periods.add(closing);
        periods.add(open);
        assertThat(periods.of(activity.id())).containsExactly(open, closing);
        assertThat(periods.remove(activity.id(), open.id())).isTrue();
        assertThat(periods.remove(activity.id(), open.id())).isFalse();
        assertThat(periods.remove(ActivityId.newId(), closing.id())).isFalse();
        assertThat(periods.of(activity.id())).containsExactly(closing);
        assertThatThrownBy(() -> dsl.insertInto(BOOKING_PERIOD).set(BOOKING_PERIOD.ID, UUID.randomUUID())
                .set(BOOKING_PERIOD.ACTIVITY_ID, activity.id().value())
                .set(BOOKING_PERIOD.FIRST_DAY, LocalDate.of(2027, 7, 5))
                .set(BOOKING_PERIOD.LAST_DAY, LocalDate.of(2027, 7, 1))
                .set(BOOKING_PERIOD.OPENS_AT, LocalDateTime.of(2027, 6, 2, 8, 30)).execute())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void the_holiday_zone_and_the_school_holidays_are_stored() {
        SchoolHolidayZone before = calendars.holidayZone();
        calendars.changeHolidayZone(SchoolHolidayZone.B);
        assertThat(calendars.holidayZone()).isEqualTo(SchoolHolidayZone.B);
        calendars.changeHolidayZone(before);

        SchoolHoliday winter = SchoolHoliday.between(SchoolHolidayZone.A, SchoolHolidayName.WINTER,
                LocalDate.of(2031, 2, 7), LocalDate.of(2031, 2, 24));
        UUID id = UUID.randomUUID();
        calendars.addHoliday(new SchoolCalendars.Stored(id, winter));
        assertThat(calendars.holidaysOverlapping(new DateRange(LocalDate.of(2031, 2, 20), LocalDate.of(2031, 3, 1))))
                .contains(new SchoolCalendars.Stored(id, winter));
        assertThat(calendars.holidaysOverlapping(new DateRange(LocalDate.of(2031, 3, 1), LocalDate.of(2031, 3, 2))))
                .noneMatch(stored -> stored.id().equals(id));
        assertThat(calendars.removeHoliday(id)).isTrue();
        assertThat(calendars.removeHoliday(id)).isFalse();
    }

    @Test
    void facilities_are_listed_and_renamed_and_activities_changed() {
        Facility facility = newFacility();
        Activity activity = newActivity(facility, "Garderie matin");
        newActivity(facility, "ALSH Mercredi");
        assertThat(facilities.all()).contains(facility);
        assertThat(facilities.byName(facility.name())).contains(facility);
        Facility renamed = new Facility(facility.id(), "Renommée " + UUID.randomUUID());
        assertThat(facilities.rename(renamed)).isTrue();
        assertThat(facilities.byId(facility.id())).contains(renamed);
        assertThat(activities.ofFacility(facility.id())).extracting(Activity::name)
                .containsExactly("ALSH Mercredi", "Garderie matin");

        LocalDate day = LocalDate.of(2027, 3, 3);
        for (int i = 0; i < 4; i++) {
            assertThat(activityDays.takePlace(activity.id(), day, 10)).isTrue();
        }
        Activity changed = new Activity(activity.id(), facility.id(), UUID.randomUUID(), "Garderie du matin",
                Set.of(DayOfWeek.WEDNESDAY), new Capacity(3, 0), BookingMode.VALIDATED_BY_STAFF,
                DeadlinePolicy.sameFor(BookingDeadline.weekdayOfPreviousWeek(DayOfWeek.TUESDAY, LocalTime.of(23, 59))));
        activities.update(changed);
        assertThat(activities.byId(activity.id())).contains(changed);
        // 4 places are taken: the day keeps 4 places, not fewer than taken
        assertThat(activityDays.takePlace(activity.id(), day, 3)).isFalse();
        assertThat(activityDays.taken(activity.id(), day)).hasValue(4);
    }

    @Test
    void closures_of_a_facility_are_listed_with_their_ids_and_removed() {
        Facility facility = newFacility();
        Activity activity = newActivity(facility, "Garderie");
        DateRange days = new DateRange(LocalDate.of(2027, 4, 1), LocalDate.of(2027, 4, 2));
        long whole = closures.addTo(facility.id(), Closure.ofFacility(facility.id(), days, ClosureReason.STRIKE, ""));
        long single = closures.addTo(facility.id(), Closure.ofActivity(activity.id(), days, ClosureReason.OTHER,
                "Sortie"));
        assertThat(closures.ofFacility(facility.id())).extracting(Closures.Listed::id).containsExactly(whole, single);
        assertThat(closures.closing(activity)).hasSize(2);
        assertThat(closures.remove(newFacility().id(), whole)).isFalse();
        assertThat(closures.remove(facility.id(), whole)).isTrue();
        assertThat(closures.ofFacility(facility.id())).extracting(Closures.Listed::id).containsExactly(single);
    }

    @Test
    void reservations_of_a_range_and_enrolments_of_a_child_are_found_and_an_enrolment_ends() {
        Activity activity = newActivity(newFacility(), "ALSH");
        ChildId child = ChildId.newId();
        FamilyId family = FamilyId.newId();
        Enrolment enrolment = Enrolment.of(child, family, activity, new DateRange(LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 6, 30)), Set.of(DayOfWeek.MONDAY));
        enrolments.add(enrolment);
        assertThat(enrolments.ofChild(child)).containsExactly(enrolment);
        enrolments.changeLastDay(enrolment.id(), LocalDate.of(2027, 3, 31));
        assertThat(enrolments.byId(enrolment.id())).hasValueSatisfying(
                e -> assertThat(e.period().end()).isEqualTo(LocalDate.of(2027, 3, 31)));

        Reservation first = Reservation.book(enrolment, activity, LocalDate.of(2027, 3, 1), Instant.now());
        Reservation second = Reservation.book(enrolment, activity, LocalDate.of(2027, 3, 3), Instant.now());
        Reservation outside = Reservation.book(enrolment, activity, LocalDate.of(2027, 3, 8), Instant.now());
        reservations.addIfAbsent(first);
        reservations.addIfAbsent(second);
        reservations.addIfAbsent(outside);
        reservations.cancel(second.id(), Instant.now());
        assertThat(reservations.activeBetween(activity.id(), LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 7)))
                .extracting(Reservation::id).containsExactly(first.id());
        assertThat(reservations.activeBetween(activity.id(), LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 8)))
                .allMatch(r -> r.status() != ReservationStatus.CANCELLED).hasSize(2);
    }
}
