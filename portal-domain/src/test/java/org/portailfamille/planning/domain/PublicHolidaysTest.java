package org.portailfamille.planning.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.portailfamille.planning.domain.PublicHolidayName.*;

class PublicHolidaysTest {

    @ParameterizedTest(name = "Easter {0}")
    @CsvSource({
            "2000-04-23", "2008-03-23", "2011-04-24", "2015-04-05", "2019-04-21", "2024-03-31", "2025-04-20",
            "2026-04-05", "2027-03-28", "2038-04-25", "1818-03-22", "1943-04-25", "1583-04-10", "2285-03-22"
    })
    void easter_sunday_by_the_anonymous_gregorian_algorithm(LocalDate easter) {
        assertThat(PublicHolidays.easterSunday(easter.getYear())).isEqualTo(easter);
    }

    @ParameterizedTest(name = "{0}: Easter Monday {1}, Ascension {2}, Whit Monday {3}")
    @CsvSource({
            "2015, 2015-04-06, 2015-05-14, 2015-05-25",
            "2024, 2024-04-01, 2024-05-09, 2024-05-20",
            "2025, 2025-04-21, 2025-05-29, 2025-06-09",
            "2026, 2026-04-06, 2026-05-14, 2026-05-25",
            "2027, 2027-03-29, 2027-05-06, 2027-05-17",
            "2038, 2038-04-26, 2038-06-03, 2038-06-14",
            "2000, 2000-04-24, 2000-06-01, 2000-06-12"
    })
    void the_moving_holidays_follow_easter(int year, LocalDate easterMonday, LocalDate ascension,
                                           LocalDate whitMonday) {
        assertThat(EASTER_MONDAY.dateIn(year)).isEqualTo(easterMonday);
        assertThat(ASCENSION_DAY.dateIn(year)).isEqualTo(ascension);
        assertThat(WHIT_MONDAY.dateIn(year)).isEqualTo(whitMonday);
        assertThat(PublicHolidays.isPublicHoliday(easterMonday)).isTrue();
        assertThat(PublicHolidays.isPublicHoliday(ascension)).isTrue();
        assertThat(PublicHolidays.isPublicHoliday(whitMonday)).isTrue();
    }

    @Test
    void easter_is_a_sunday_between_22_march_and_25_april_and_its_holidays_fall_on_their_weekdays() {
        for (int year = PublicHolidays.FIRST_YEAR; year <= 3000; year++) {
            LocalDate easter = PublicHolidays.easterSunday(year);
            assertThat(easter.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
            assertThat(MonthDay.from(easter)).isBetween(MonthDay.of(3, 22), MonthDay.of(4, 25));
            assertThat(EASTER_MONDAY.dateIn(year).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            assertThat(ASCENSION_DAY.dateIn(year).getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
            assertThat(WHIT_MONDAY.dateIn(year).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        }
    }

    @Test
    void eleven_holidays_a_year_sorted_by_date() {
        List<PublicHoliday> holidays = PublicHolidays.of(2026);

        assertThat(holidays).extracting(PublicHoliday::date).containsExactly(
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 5, 8), LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 25),
                LocalDate.of(2026, 7, 14), LocalDate.of(2026, 8, 15), LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 11), LocalDate.of(2026, 12, 25));
        assertThat(holidays).extracting(PublicHoliday::name).containsExactly(
                NEW_YEARS_DAY, EASTER_MONDAY, LABOUR_DAY, VICTORY_IN_EUROPE_DAY, ASCENSION_DAY, WHIT_MONDAY,
                NATIONAL_DAY, ASSUMPTION_DAY, ALL_SAINTS_DAY, ARMISTICE_DAY, CHRISTMAS_DAY);
        assertThat(holidays).isSorted();
    }

    @Test
    void holidays_falling_on_the_same_day_are_both_listed() {
        List<PublicHoliday> holidays = PublicHolidays.of(2008);

        assertThat(holidays).hasSize(11).isSorted();
        assertThat(holidays).filteredOn(holiday -> holiday.date().equals(LocalDate.of(2008, 5, 1)))
                .extracting(PublicHoliday::name).containsExactly(LABOUR_DAY, ASCENSION_DAY);
        assertThat(PublicHolidays.holidayOn(LocalDate.of(2008, 5, 1))).map(PublicHoliday::name).contains(LABOUR_DAY);
    }

    @Test
    void the_fixed_holidays_and_only_them() {
        assertThat(PublicHolidays.holidayOn(LocalDate.of(2030, 7, 14))).map(PublicHoliday::name).contains(NATIONAL_DAY);
        assertThat(PublicHolidays.holidayOn(LocalDate.of(2030, 11, 11))).map(PublicHoliday::name)
                .contains(ARMISTICE_DAY);
        assertThat(PublicHolidays.isPublicHoliday(LocalDate.of(2026, 4, 5))).as("Easter Sunday itself").isFalse();
        assertThat(PublicHolidays.isPublicHoliday(LocalDate.of(2026, 4, 3))).as("Good Friday").isFalse();
        assertThat(PublicHolidays.isPublicHoliday(LocalDate.of(2026, 12, 26))).as("26 December").isFalse();
        assertThat(PublicHolidays.isPublicHoliday(LocalDate.of(2026, 12, 24))).isFalse();
        assertThat(PublicHolidays.holidayOn(LocalDate.of(2026, 6, 1))).isEmpty();
    }

    @Test
    void only_gregorian_years_and_true_dates() {
        assertThatThrownBy(() -> PublicHolidays.easterSunday(1582)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PublicHoliday(EASTER_MONDAY, LocalDate.of(2026, 4, 13)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(PublicHoliday.in(2026, WHIT_MONDAY).date()).isEqualTo(LocalDate.of(2026, 5, 25));
        assertThat(WHIT_MONDAY.movesWithEaster()).isTrue();
        assertThat(CHRISTMAS_DAY.movesWithEaster()).isFalse();
    }
}
