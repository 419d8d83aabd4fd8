package org.portailfamille.planning.domain;

import org.junit.jupiter.api.Test;
import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.FacilityId;
import org.portailfamille.shared.DateRange;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Activity seasons (ADR 0030): which days each season offers, and what a season must hold. */
class ActivitySeasonTest {

    /** A Wednesday of term time, a Wednesday of the autumn holidays, a summer Wednesday. */
    static final LocalDate TERM = LocalDate.of(2027, 3, 3);
    static final LocalDate AUTUMN = LocalDate.of(2026, 10, 28);
    static final LocalDate SUMMER = LocalDate.of(2027, 7, 14);

    @Test
    void all_year_offers_every_day() {
        assertThat(ActivitySeason.ALL_YEAR.offers(TERM, null)).isTrue();
        assertThat(ActivitySeason.ALL_YEAR.offers(AUTUMN, SchoolHoliday.Kind.SHORT)).isTrue();
    }

    @Test
    void term_time_offers_no_day_of_the_school_holidays() {
        assertThat(ActivitySeason.TERM_TIME.offers(TERM, null)).isTrue();
        assertThat(ActivitySeason.TERM_TIME.offers(AUTUMN, SchoolHoliday.Kind.SHORT)).isFalse();
        assertThat(ActivitySeason.TERM_TIME.offers(SUMMER, SchoolHoliday.Kind.SUMMER)).isFalse();
        assertThat(ActivitySeason.TERM_TIME.whyNotOffered()).isEqualTo(DayUnavailability.OUTSIDE_TERM_TIME);
    }

    @Test
    void school_holidays_offer_only_days_of_the_holidays() {
        assertThat(ActivitySeason.SCHOOL_HOLIDAYS.offers(TERM, null)).isFalse();
        assertThat(ActivitySeason.SCHOOL_HOLIDAYS.offers(AUTUMN, SchoolHoliday.Kind.SHORT)).isTrue();
        assertThat(ActivitySeason.SCHOOL_HOLIDAYS.offers(SUMMER, SchoolHoliday.Kind.SUMMER)).isTrue();
        assertThat(ActivitySeason.SCHOOL_HOLIDAYS.whyNotOffered()).isEqualTo(DayUnavailability.OUTSIDE_HOLIDAYS);
    }

    @Test
    void dated_sessions_offer_their_days_only_whatever_the_holidays() {
        ActivitySeason camp = ActivitySeason.sessions(List.of(
                new DateRange(LocalDate.of(2027, 7, 19), LocalDate.of(2027, 7, 30)),
                new DateRange(LocalDate.of(2027, 7, 5), LocalDate.of(2027, 7, 16))));
        assertThat(camp.sessions()).extracting(DateRange::start)
                .containsExactly(LocalDate.of(2027, 7, 5), LocalDate.of(2027, 7, 19));
        assertThat(camp.offers(SUMMER, SchoolHoliday.Kind.SUMMER)).isTrue();
        assertThat(camp.offers(LocalDate.of(2027, 7, 30), SchoolHoliday.Kind.SUMMER)).isTrue();
        assertThat(camp.offers(LocalDate.of(2027, 7, 31), SchoolHoliday.Kind.SUMMER)).isFalse();
        assertThat(camp.offers(LocalDate.of(2027, 7, 17), SchoolHoliday.Kind.SUMMER)).isFalse();
        assertThat(camp.offers(TERM, null)).isFalse();
        assertThat(camp.whyNotOffered()).isEqualTo(DayUnavailability.OUTSIDE_SESSIONS);
    }

    @Test
    void dated_sessions_need_dates_and_other_seasons_take_none() {
        assertThatThrownBy(() -> ActivitySeason.sessions(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ActivitySeason(ActivitySeason.Kind.TERM_TIME,
                List.of(new DateRange(TERM, TERM)))).isInstanceOf(IllegalArgumentException.class);
        List<DateRange> tooMany = java.util.stream.IntStream.range(0, ActivitySeason.MAX_SESSIONS + 1)
                .mapToObj(i -> new DateRange(TERM.plusDays(i), TERM.plusDays(i))).toList();
        assertThatThrownBy(() -> ActivitySeason.sessions(tooMany)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_activity_is_offered_on_its_weekdays_within_its_season() {
        Activity wednesdays = new Activity(ActivityId.newId(), FacilityId.newId(), UUID.randomUUID(),
                "ALSH Mercredi", EnumSet.of(DayOfWeek.WEDNESDAY), Capacity.of(24), BookingMode.CONFIRMED_AT_ONCE,
                DeadlinePolicy.sameFor(BookingDeadline.theDayBefore(LocalTime.of(18, 0))), ActivitySeason.TERM_TIME);
        assertThat(wednesdays.offeredOn(TERM, null)).isTrue();
        assertThat(wednesdays.offeredOn(TERM.plusDays(1), null)).as("a Thursday").isFalse();
        assertThat(wednesdays.offeredOn(AUTUMN, SchoolHoliday.Kind.SHORT)).as("a holiday Wednesday").isFalse();
        Activity legacy = new Activity(ActivityId.newId(), FacilityId.newId(), UUID.randomUUID(), "Cantine",
                EnumSet.of(DayOfWeek.WEDNESDAY), Capacity.of(24), BookingMode.CONFIRMED_AT_ONCE,
                DeadlinePolicy.sameFor(BookingDeadline.theDayBefore(LocalTime.of(18, 0))));
        assertThat(legacy.season()).as("an activity without a season is offered all year")
                .isEqualTo(ActivitySeason.ALL_YEAR);
    }
}
