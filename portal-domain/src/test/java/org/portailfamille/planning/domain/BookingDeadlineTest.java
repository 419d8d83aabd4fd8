package org.portailfamille.planning.domain;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.FacilityId;
import org.portailfamille.shared.DateRange;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BookingDeadlineTest {

    private static final CalendarContext NO_CLOSURE = CalendarContext.withoutClosures();
    private static final LocalTime NOON = LocalTime.NOON;
    private static final LocalTime SIX_PM = LocalTime.of(18, 0);

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static LocalDateTime at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute);
    }

    /** Open one minute before and at the deadline, closed one minute after. */
    private static void assertCutOff(BookingDeadline rule, LocalDate day, LocalDateTime deadline,
                                     CalendarContext context) {
        assertThat(rule.deadlineFor(day, context)).isEqualTo(deadline);
        assertThat(rule.isOpen(day, deadline.minusMinutes(1), context)).as("one minute before").isTrue();
        assertThat(rule.isOpen(day, deadline, context)).as("at the deadline").isTrue();
        assertThat(rule.isOpen(day, deadline.plusMinutes(1), context)).as("one minute after").isFalse();
        assertThat(rule.isOpen(day, deadline.plusNanos(1), context)).as("just after").isFalse();
        assertThat(rule.isOpen(day, deadline.minusWeeks(3), context)).as("well before").isTrue();
        assertThat(rule.isOpen(day, day.plusDays(1).atStartOfDay(), context)).as("once the day is over").isFalse();
    }

    @Nested
    class N_days_before_at_a_time {

        @Test
        void la_veille_18h00() {
            BookingDeadline rule = BookingDeadline.theDayBefore(SIX_PM);

            assertCutOff(rule, date(2026, 12, 3), at(2026, 12, 2, 18, 0), NO_CLOSURE);
            assertThat(rule).isEqualTo(new BookingDeadline.DaysBefore(1, SIX_PM, DayCounting.CALENDAR_DAYS));
        }

        @Test
        void la_veille_18h00_counts_sunday_as_the_day_before_monday() {
            assertCutOff(BookingDeadline.theDayBefore(SIX_PM), date(2026, 11, 30), at(2026, 11, 29, 18, 0),
                    NO_CLOSURE);
        }

        @Test
        void la_veille_18h00_without_weekends_is_friday_for_a_monday() {
            BookingDeadline rule = BookingDeadline.daysBefore(1, SIX_PM, DayCounting.CALENDAR_DAYS.skippingWeekends());

            assertCutOff(rule, date(2026, 11, 30), at(2026, 11, 27, 18, 0), NO_CLOSURE);
            assertCutOff(rule, date(2026, 12, 1), at(2026, 11, 30, 18, 0), NO_CLOSURE);
        }

        @Test
        void la_veille_avant_minuit() {
            BookingDeadline rule = BookingDeadline.theDayBefore(BookingDeadline.END_OF_DAY);
            LocalDate thursday = date(2026, 12, 3);

            assertThat(rule.deadlineFor(thursday, NO_CLOSURE)).isEqualTo(date(2026, 12, 2).atTime(LocalTime.MAX));
            assertThat(rule.isOpen(thursday, at(2026, 12, 2, 23, 59), NO_CLOSURE)).isTrue();
            assertThat(rule.isOpen(thursday, LocalDateTime.of(2026, 12, 2, 23, 59, 59, 999_000_000), NO_CLOSURE))
                    .isTrue();
            assertThat(rule.isOpen(thursday, at(2026, 12, 3, 0, 0), NO_CLOSURE)).as("midnight").isFalse();
            assertThat(rule.isOpen(thursday, at(2026, 12, 3, 0, 1), NO_CLOSURE)).isFalse();
        }

        @Test
        void le_jour_meme_avant_9h00() {
            BookingDeadline rule = BookingDeadline.daysBefore(0, LocalTime.of(9, 0));

            assertCutOff(rule, date(2026, 12, 3), at(2026, 12, 3, 9, 0), NO_CLOSURE);
        }

        @ParameterizedTest(name = "J-2 à 12h00, week-end non compté: {0} → {1}")
        @CsvSource({
                "2026-12-01, 2026-11-27T12:00",  // Tuesday → Friday
                "2026-11-30, 2026-11-26T12:00",  // Monday → Thursday
                "2026-12-02, 2026-11-30T12:00",  // Wednesday → Monday
                "2026-12-04, 2026-12-02T12:00",  // Friday → Wednesday
                "2026-12-05, 2026-12-03T12:00",  // a Saturday counts back from Friday → Thursday
                "2026-12-06, 2026-12-03T12:00"   // a Sunday too
        })
        void j_moins_2_a_midi_weekend_not_counted(LocalDate day, LocalDateTime deadline) {
            BookingDeadline rule = BookingDeadline.daysBefore(2, NOON, DayCounting.CALENDAR_DAYS.skippingWeekends());

            assertCutOff(rule, day, deadline, NO_CLOSURE);
        }

        @Test
        void j_moins_2_across_easter_monday_in_working_days() {
            LocalDate tuesdayAfterEasterMonday = date(2025, 4, 22);
            BookingDeadline workingDays = BookingDeadline.daysBefore(2, NOON, DayCounting.WORKING_DAYS);
            BookingDeadline weekendOnly = BookingDeadline.daysBefore(2, NOON,
                    DayCounting.CALENDAR_DAYS.skippingWeekends());

            // Easter Monday 21 April does not count, nor the weekend: J-1 is Friday 18, J-2 Thursday 17.
            assertCutOff(workingDays, tuesdayAfterEasterMonday, at(2025, 4, 17, 12, 0), NO_CLOSURE);
            // Without skipping public holidays, Easter Monday is J-1 and Friday J-2.
            assertCutOff(weekendOnly, tuesdayAfterEasterMonday, at(2025, 4, 18, 12, 0), NO_CLOSURE);
        }

        @Test
        void three_working_days_across_ascension() {
            BookingDeadline rule = BookingDeadline.daysBefore(3, BookingDeadline.END_OF_DAY, DayCounting.WORKING_DAYS);

            // Friday 15 May 2026: Thursday 14 is Ascension, so Wednesday 13, Tuesday 12, Monday 11.
            assertThat(rule.deadlineFor(date(2026, 5, 15), NO_CLOSURE))
                    .isEqualTo(date(2026, 5, 11).atTime(LocalTime.MAX));
            // Monday 18 May: Friday 15, Wednesday 13, Tuesday 12.
            assertThat(rule.deadlineFor(date(2026, 5, 18), NO_CLOSURE))
                    .isEqualTo(date(2026, 5, 12).atTime(LocalTime.MAX));
        }

        @Test
        void working_days_across_the_new_year() {
            BookingDeadline rule = BookingDeadline.daysBefore(1, SIX_PM, DayCounting.WORKING_DAYS);

            // Monday 4 January 2027: the weekend and 1 January (a Friday) do not count.
            assertCutOff(rule, date(2027, 1, 4), at(2026, 12, 31, 18, 0), NO_CLOSURE);
        }

        @Test
        void working_days_across_the_first_of_may_and_the_eighth_of_may() {
            BookingDeadline rule = BookingDeadline.daysBefore(2, NOON, DayCounting.WORKING_DAYS);

            // Monday 11 May 2026: Friday 8 May, the weekend, then Thursday 7 (J-1) and Wednesday 6 (J-2).
            assertCutOff(rule, date(2026, 5, 11), at(2026, 5, 6, 12, 0), NO_CLOSURE);
            // Monday 4 May 2026: Friday 1 May skipped, Thursday 30 April (J-1), Wednesday 29 April (J-2).
            assertCutOff(rule, date(2026, 5, 4), at(2026, 4, 29, 12, 0), NO_CLOSURE);
        }

        @Test
        void across_a_closure_of_the_activity() {
            FacilityId facility = FacilityId.newId();
            ActivityId canteen = ActivityId.newId();
            Closure strike = Closure.ofFacility(facility, new DateRange(date(2026, 11, 30), date(2026, 11, 30)),
                    ClosureReason.STRIKE, "");
            CalendarContext context = CalendarContext.of(List.of(strike), facility, canteen);
            LocalDate wednesday = date(2026, 12, 2);

            BookingDeadline skippingClosures = BookingDeadline.daysBefore(2, NOON,
                    DayCounting.WORKING_DAYS.skippingClosures());
            BookingDeadline countingClosures = BookingDeadline.daysBefore(2, NOON, DayCounting.WORKING_DAYS);

            // Tuesday 1 December is J-1; Monday 30 November is closed, so J-2 is Friday 27 November.
            assertCutOff(skippingClosures, wednesday, at(2026, 11, 27, 12, 0), context);
            assertCutOff(countingClosures, wednesday, at(2026, 11, 30, 12, 0), context);
            // The closure of another facility changes nothing.
            CalendarContext elsewhere = CalendarContext.of(List.of(strike), FacilityId.newId(), canteen);
            assertCutOff(skippingClosures, wednesday, at(2026, 11, 30, 12, 0), elsewhere);
        }

        @Test
        void across_a_closure_of_several_days() {
            FacilityId facility = FacilityId.newId();
            ActivityId afterSchool = ActivityId.newId();
            Closure works = Closure.ofActivity(afterSchool, new DateRange(date(2026, 11, 23), date(2026, 11, 27)),
                    ClosureReason.WORKS, "Peinture");
            CalendarContext context = CalendarContext.of(List.of(works), facility, afterSchool);
            BookingDeadline rule = BookingDeadline.daysBefore(1, SIX_PM,
                    DayCounting.WORKING_DAYS.skippingClosures());

            // Monday 30 November: the weekend and the closed week do not count, J-1 is Friday 20 November.
            assertCutOff(rule, date(2026, 11, 30), at(2026, 11, 20, 18, 0), context);
        }

        @Test
        void chosen_weekdays_can_be_skipped() {
            // A school without class on Wednesday: "J-2, mercredi et week-end non comptés".
            DayCounting counting = DayCounting.WORKING_DAYS.skipping(DayOfWeek.WEDNESDAY);
            BookingDeadline rule = BookingDeadline.daysBefore(2, NOON, counting);

            // Thursday 3 December 2026: Wednesday skipped, Tuesday 1 (J-1), Monday 30 November (J-2).
            assertCutOff(rule, date(2026, 12, 3), at(2026, 11, 30, 12, 0), NO_CLOSURE);
            assertThat(counting.skippedWeekdays())
                    .containsExactlyInAnyOrder(DayOfWeek.WEDNESDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(counting.skipsWeekends()).isTrue();
            assertThat(counting.skipPublicHolidays()).isTrue();
            assertThat(counting.skipClosures()).isFalse();
        }

        @Test
        void fifteen_working_days() {
            BookingDeadline rule = BookingDeadline.daysBefore(15, BookingDeadline.END_OF_DAY, DayCounting.WORKING_DAYS);

            // Monday 14 December 2026 → three working weeks earlier, Monday 23 November.
            assertThat(rule.deadlineFor(date(2026, 12, 14), NO_CLOSURE))
                    .isEqualTo(date(2026, 11, 23).atTime(LocalTime.MAX));
            // Monday 23 November 2026: Wednesday 11 November and the weekends do not count, J-15 is Friday 30 October.
            assertThat(rule.deadlineFor(date(2026, 11, 23), NO_CLOSURE))
                    .isEqualTo(date(2026, 10, 30).atTime(LocalTime.MAX));
        }

        @Test
        void counting_exposes_its_parameters() {
            BookingDeadline.DaysBefore rule = BookingDeadline.daysBefore(3, NOON, DayCounting.WORKING_DAYS);

            assertThat(rule.days()).isEqualTo(3);
            assertThat(rule.cutOff()).isEqualTo(NOON);
            assertThat(rule.counting().skipsWeekends()).isTrue();
            assertThat(rule.counting().skipPublicHolidays()).isTrue();
            assertThat(DayCounting.CALENDAR_DAYS.skipsWeekends()).isFalse();
            assertThat(DayCounting.CALENDAR_DAYS.skipping(DayOfWeek.SATURDAY).skipsWeekends()).isFalse();
            assertThat(DayCounting.CALENDAR_DAYS.skippingPublicHolidays().skippingWeekends())
                    .isEqualTo(DayCounting.WORKING_DAYS);
        }

        @Test
        void invalid_rules_are_refused() {
            assertThatThrownBy(() -> BookingDeadline.daysBefore(-1, NOON))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> BookingDeadline.daysBefore(367, NOON))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> DayCounting.CALENDAR_DAYS.skippingWeekends().skipping(DayOfWeek.MONDAY,
                    DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void counting_back_gives_up_when_no_day_counts() {
            CalendarContext alwaysClosed = new CalendarContext() {
                @Override
                public boolean isPublicHoliday(LocalDate day) {
                    return false;
                }

                @Override
                public boolean isClosed(LocalDate day) {
                    return true;
                }
            };
            BookingDeadline rule = BookingDeadline.daysBefore(1, NOON, DayCounting.CALENDAR_DAYS.skippingClosures());

            assertThatThrownBy(() -> rule.deadlineFor(date(2026, 12, 3), alwaysClosed))
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @Nested
    class A_weekday_of_an_earlier_week {

        @ParameterizedTest(name = "mardi 23h59 pour la semaine suivante: {0} → {1}")
        @CsvSource({
                "2026-12-07, 2026-12-01T23:59",  // Monday
                "2026-12-10, 2026-12-01T23:59",  // Thursday
                "2026-12-13, 2026-12-01T23:59",  // Sunday, still the same week
                "2026-12-14, 2026-12-08T23:59",  // the next Monday
                "2026-12-01, 2026-11-24T23:59",  // at the turn of a month
                "2026-12-31, 2026-12-22T23:59",  // at the turn of a year: the week of Monday 28 December
                "2027-01-01, 2026-12-22T23:59",
                "2027-01-04, 2026-12-29T23:59"   // the first Monday of 2027
        })
        void mardi_23h59_pour_la_semaine_suivante(LocalDate day, LocalDateTime deadline) {
            BookingDeadline rule = BookingDeadline.weekdayOfPreviousWeek(DayOfWeek.TUESDAY, LocalTime.of(23, 59));

            assertCutOff(rule, day, deadline, NO_CLOSURE);
        }

        @Test
        void vendredi_12h_pour_la_semaine_suivante() {
            BookingDeadline rule = BookingDeadline.weekdayOfPreviousWeek(DayOfWeek.FRIDAY, NOON);

            assertCutOff(rule, date(2026, 12, 7), at(2026, 12, 4, 12, 0), NO_CLOSURE);
            assertCutOff(rule, date(2026, 12, 11), at(2026, 12, 4, 12, 0), NO_CLOSURE);
            // Friday 1 January 2027 is a public holiday: the deadline stays on it.
            assertCutOff(rule, date(2027, 1, 6), at(2027, 1, 1, 12, 0), NO_CLOSURE);
        }

        @Test
        void jeudi_12h_pour_le_mercredi_suivant() {
            BookingDeadline rule = BookingDeadline.weekdayOfPreviousWeek(DayOfWeek.THURSDAY, NOON);

            assertCutOff(rule, date(2026, 12, 9), at(2026, 12, 3, 12, 0), NO_CLOSURE);
            // Wednesday 6 January 2027 → Thursday 31 December 2026.
            assertCutOff(rule, date(2027, 1, 6), at(2026, 12, 31, 12, 0), NO_CLOSURE);
        }

        @Test
        void a_public_holiday_does_not_move_the_deadline() {
            BookingDeadline rule = BookingDeadline.weekdayOfPreviousWeek(DayOfWeek.TUESDAY, LocalTime.of(23, 59));

            // Tuesday 11 November 2025 is Armistice Day.
            assertCutOff(rule, date(2025, 11, 19), at(2025, 11, 11, 23, 59), NO_CLOSURE);
        }

        @Test
        void week_minus_two() {
            BookingDeadline rule = new BookingDeadline.WeekdayOfEarlierWeek(2, DayOfWeek.FRIDAY, NOON);

            assertCutOff(rule, date(2026, 12, 14), at(2026, 12, 4, 12, 0), NO_CLOSURE);
            assertCutOff(rule, date(2026, 12, 20), at(2026, 12, 4, 12, 0), NO_CLOSURE);
            // The week of Monday 11 January 2027 → the week of Monday 28 December 2026.
            assertCutOff(rule, date(2027, 1, 11), at(2027, 1, 1, 12, 0), NO_CLOSURE);
            // The week of Monday 4 January 2027 → the week of Monday 21 December 2026.
            assertCutOff(rule, date(2027, 1, 8), at(2026, 12, 25, 12, 0), NO_CLOSURE);
        }

        @Test
        void exposes_its_parameters_and_refuses_invalid_ones() {
            BookingDeadline.WeekdayOfEarlierWeek rule =
                    BookingDeadline.weekdayOfPreviousWeek(DayOfWeek.TUESDAY, LocalTime.of(23, 59));

            assertThat(rule.weeksBefore()).isEqualTo(1);
            assertThat(rule.weekday()).isEqualTo(DayOfWeek.TUESDAY);
            assertThat(rule.cutOff()).isEqualTo(LocalTime.of(23, 59));
            assertThatThrownBy(() -> new BookingDeadline.WeekdayOfEarlierWeek(0, DayOfWeek.TUESDAY, NOON))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new BookingDeadline.WeekdayOfEarlierWeek(9, DayOfWeek.TUESDAY, NOON))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class A_day_of_an_earlier_month {

        @Test
        void le_20_du_mois_precedent() {
            BookingDeadline rule = BookingDeadline.dayOfPreviousMonth(20, NOON);

            assertCutOff(rule, date(2026, 12, 1), at(2026, 11, 20, 12, 0), NO_CLOSURE);
            assertCutOff(rule, date(2026, 12, 31), at(2026, 11, 20, 12, 0), NO_CLOSURE);
            assertCutOff(rule, date(2026, 11, 30), at(2026, 10, 20, 12, 0), NO_CLOSURE);
        }

        @Test
        void in_january_the_previous_month_is_december_of_the_year_before() {
            BookingDeadline rule = BookingDeadline.dayOfPreviousMonth(20, BookingDeadline.END_OF_DAY);

            assertThat(rule.deadlineFor(date(2027, 1, 15), NO_CLOSURE))
                    .isEqualTo(date(2026, 12, 20).atTime(LocalTime.MAX));
            assertThat(rule.isOpen(date(2027, 1, 1), at(2026, 12, 20, 23, 59), NO_CLOSURE)).isTrue();
            assertThat(rule.isOpen(date(2027, 1, 1), at(2026, 12, 21, 0, 0), NO_CLOSURE)).isFalse();
            assertCutOff(BookingDeadline.dayOfPreviousMonth(20, NOON), date(2027, 1, 31), at(2026, 12, 20, 12, 0),
                    NO_CLOSURE);
        }

        @Test
        void a_day_the_month_lacks_falls_on_its_last_day() {
            BookingDeadline rule = BookingDeadline.dayOfPreviousMonth(31, NOON);

            assertThat(rule.deadlineFor(date(2026, 5, 10), NO_CLOSURE)).isEqualTo(at(2026, 4, 30, 12, 0));
            assertThat(rule.deadlineFor(date(2026, 3, 10), NO_CLOSURE)).isEqualTo(at(2026, 2, 28, 12, 0));
            assertThat(rule.deadlineFor(date(2028, 3, 10), NO_CLOSURE)).isEqualTo(at(2028, 2, 29, 12, 0));
            assertThat(rule.deadlineFor(date(2026, 2, 10), NO_CLOSURE)).isEqualTo(at(2026, 1, 31, 12, 0));
        }

        @Test
        void two_months_before() {
            BookingDeadline rule = new BookingDeadline.DayOfEarlierMonth(2, 15, NOON);

            assertCutOff(rule, date(2027, 1, 4), at(2026, 11, 15, 12, 0), NO_CLOSURE);
            assertCutOff(rule, date(2027, 2, 28), at(2026, 12, 15, 12, 0), NO_CLOSURE);
        }

        @Test
        void exposes_its_parameters_and_refuses_invalid_ones() {
            BookingDeadline.DayOfEarlierMonth rule = BookingDeadline.dayOfPreviousMonth(20, NOON);

            assertThat(rule.monthsBefore()).isEqualTo(1);
            assertThat(rule.dayOfMonth()).isEqualTo(20);
            assertThat(rule.cutOff()).isEqualTo(NOON);
            assertThatThrownBy(() -> BookingDeadline.dayOfPreviousMonth(0, NOON))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> BookingDeadline.dayOfPreviousMonth(32, NOON))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new BookingDeadline.DayOfEarlierMonth(0, 20, NOON))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
