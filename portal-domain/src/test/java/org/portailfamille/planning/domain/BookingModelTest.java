package org.portailfamille.planning.domain;

import org.junit.jupiter.api.Test;
import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.FacilityId;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.DateRange;
import org.portailfamille.shared.FamilyId;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Activities, enrolments and reservations: what they accept and what they answer. */
class BookingModelTest {

    static final DeadlinePolicy EVE_AT_SIX = DeadlinePolicy.sameFor(BookingDeadline.theDayBefore(LocalTime.of(18, 0)));
    static final LocalDate WEDNESDAY = LocalDate.of(2027, 3, 3);

    static Activity activity(BookingMode mode, Set<DayOfWeek> weekdays) {
        return new Activity(ActivityId.newId(), FacilityId.newId(), UUID.randomUUID(), "  Mercredi loisirs ", weekdays,
                Capacity.of(24), mode, EVE_AT_SIX);
    }

    @Test
    void an_activity_runs_on_its_weekdays_only() {
        Activity activity = activity(BookingMode.CONFIRMED_AT_ONCE, EnumSet.of(DayOfWeek.WEDNESDAY));
        assertThat(activity.name()).isEqualTo("Mercredi loisirs");
        assertThat(activity.runsOn(WEDNESDAY)).isTrue();
        assertThat(activity.runsOn(WEDNESDAY.plusDays(1))).isFalse();
        assertThatThrownBy(() -> activity(BookingMode.CONFIRMED_AT_ONCE, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Activity(ActivityId.newId(), FacilityId.newId(), UUID.randomUUID(), " ",
                Set.of(DayOfWeek.MONDAY), Capacity.of(1), BookingMode.CONFIRMED_AT_ONCE, EVE_AT_SIX))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_booking_mode_decides_the_status_of_a_new_booking() {
        Activity atOnce = activity(BookingMode.CONFIRMED_AT_ONCE, Set.of(DayOfWeek.WEDNESDAY));
        Activity validated = activity(BookingMode.VALIDATED_BY_STAFF, Set.of(DayOfWeek.WEDNESDAY));
        Instant now = Instant.parse("2027-03-01T09:00:00Z");

        Enrolment enrolment = Enrolment.of(ChildId.newId(), FamilyId.newId(), atOnce,
                new DateRange(WEDNESDAY, WEDNESDAY.plusMonths(3)), Set.of());
        Reservation booked = Reservation.book(enrolment, atOnce, WEDNESDAY, now);
        assertThat(booked.status()).isEqualTo(ReservationStatus.CONFIRMED);
        assertThat(booked.status().isActive()).isTrue();
        assertThat(booked.child()).isEqualTo(enrolment.child());
        assertThat(booked.family()).isEqualTo(enrolment.family());
        assertThat(ReservationStatus.CANCELLED.isActive()).isFalse();

        Enrolment other = Enrolment.of(ChildId.newId(), FamilyId.newId(), validated,
                new DateRange(WEDNESDAY, WEDNESDAY.plusMonths(3)), Set.of());
        assertThat(Reservation.book(other, validated, WEDNESDAY, now).status())
                .isEqualTo(ReservationStatus.AWAITING_VALIDATION);
        assertThatThrownBy(() -> Reservation.book(enrolment, validated, WEDNESDAY, now))
                .isInstanceOf(IllegalArgumentException.class);

        PlaceOffer offer = new PlaceOffer(validated.id(), WEDNESDAY, other.child(), now, now.plus(Duration.ofDays(1)));
        assertThat(Reservation.fromOffer(offer, other.family(), validated, now).status())
                .isEqualTo(ReservationStatus.AWAITING_VALIDATION);
        assertThatThrownBy(() -> Reservation.fromOffer(offer, other.family(), atOnce, now))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_enrolment_covers_its_period_and_its_regular_days_are_days_the_activity_runs() {
        Activity activity = activity(BookingMode.CONFIRMED_AT_ONCE, EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY));
        DateRange year = new DateRange(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 7, 6));
        Enrolment enrolment = Enrolment.of(ChildId.newId(), FamilyId.newId(), activity, year,
                Set.of(DayOfWeek.WEDNESDAY));

        assertThat(enrolment.covers(year.start())).isTrue();
        assertThat(enrolment.covers(year.end())).isTrue();
        assertThat(enrolment.covers(year.end().plusDays(1))).isFalse();
        assertThat(enrolment.overlaps(new DateRange(year.end(), year.end().plusMonths(2)))).isTrue();
        assertThat(enrolment.overlaps(new DateRange(year.end().plusDays(1), year.end().plusMonths(2)))).isFalse();
        assertThatThrownBy(() -> Enrolment.of(ChildId.newId(), FamilyId.newId(), activity, year,
                Set.of(DayOfWeek.FRIDAY))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_facility_has_a_name() {
        assertThat(new Facility(FacilityId.newId(), " ALSH Les Pins ").name()).isEqualTo("ALSH Les Pins");
        assertThatThrownBy(() -> new Facility(FacilityId.newId(), "")).isInstanceOf(IllegalArgumentException.class);
    }
}
