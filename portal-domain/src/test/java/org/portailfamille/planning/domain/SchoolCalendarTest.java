package org.portailfamille.planning.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.FacilityId;
import org.portailfamille.shared.DateRange;
import org.portailfamille.shared.SchoolYear;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.portailfamille.planning.domain.SchoolHolidayName.*;
import static org.portailfamille.planning.domain.SchoolHolidayZone.A;
import static org.portailfamille.planning.domain.SchoolHolidayZone.B;
import static org.portailfamille.planning.domain.SchoolHolidayZone.C;

class SchoolCalendarTest {

    private static final SchoolYear YEAR_2025 = new SchoolYear(2025);
    private static final FacilityId SCHOOL_JAURES = FacilityId.newId();
    private static final FacilityId SCHOOL_FERRY = FacilityId.newId();
    private static final ActivityId CANTEEN = ActivityId.newId();
    private static final ActivityId AFTER_SCHOOL = ActivityId.newId();

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    /** The school year 2025-2026 (class ends after the first date, resumes the morning of the second). */
    static List<SchoolHoliday> holidays2025() {
        List<SchoolHoliday> holidays = new ArrayList<>();
        holidays.addAll(SchoolHoliday.inEveryZone(AUTUMN, date(2025, 10, 18), date(2025, 11, 3)));
        holidays.addAll(SchoolHoliday.inEveryZone(CHRISTMAS, date(2025, 12, 20), date(2026, 1, 5)));
        holidays.add(SchoolHoliday.between(A, WINTER, date(2026, 2, 7), date(2026, 2, 23)));
        holidays.add(SchoolHoliday.between(B, WINTER, date(2026, 2, 14), date(2026, 3, 2)));
        holidays.add(SchoolHoliday.between(C, WINTER, date(2026, 2, 21), date(2026, 3, 9)));
        holidays.add(SchoolHoliday.between(A, SPRING, date(2026, 4, 4), date(2026, 4, 20)));
        holidays.add(SchoolHoliday.between(B, SPRING, date(2026, 4, 11), date(2026, 4, 27)));
        holidays.add(SchoolHoliday.between(C, SPRING, date(2026, 4, 18), date(2026, 5, 4)));
        holidays.addAll(SchoolHoliday.inEveryZone(ASCENSION_BRIDGE, date(2026, 5, 13), date(2026, 5, 18)));
        holidays.addAll(SchoolHoliday.inEveryZone(SUMMER, date(2026, 7, 4), date(2026, 9, 1)));
        return holidays;
    }

    private static final SchoolCalendar CALENDAR = new SchoolCalendar(YEAR_2025, holidays2025(), List.of());

    @ParameterizedTest(name = "{0} in zone {1}: {2}")
    @CsvSource({
            "2025-09-01, A, SCHOOL_DAY",
            "2025-12-02, C, SCHOOL_DAY",
            "2025-12-06, B, WEEKEND",
            "2025-11-11, A, PUBLIC_HOLIDAY",
            "2025-10-17, A, SCHOOL_DAY",        // the last school day before autumn holidays
            "2025-10-18, A, WEEKEND",           // a Saturday, after class: not a holiday day yet
            "2025-10-20, B, SHORT_HOLIDAY",
            "2025-10-29, C, SHORT_HOLIDAY",
            "2025-11-01, C, PUBLIC_HOLIDAY",    // All Saints' Day, inside the holidays and on a Saturday
            "2025-11-03, A, SCHOOL_DAY",        // the return day
            "2025-12-25, A, PUBLIC_HOLIDAY",
            "2025-12-31, B, SHORT_HOLIDAY",
            "2026-01-01, B, PUBLIC_HOLIDAY",
            "2026-01-05, C, SCHOOL_DAY",
            "2026-02-09, A, SHORT_HOLIDAY",
            "2026-02-09, B, SCHOOL_DAY",
            "2026-02-09, C, SCHOOL_DAY",
            "2026-02-16, A, SHORT_HOLIDAY",
            "2026-02-16, B, SHORT_HOLIDAY",
            "2026-02-16, C, SCHOOL_DAY",
            "2026-02-23, A, SCHOOL_DAY",
            "2026-02-23, C, SHORT_HOLIDAY",
            "2026-03-02, B, SCHOOL_DAY",
            "2026-03-02, C, SHORT_HOLIDAY",
            "2026-03-09, C, SCHOOL_DAY",
            "2026-04-06, A, PUBLIC_HOLIDAY",    // Easter Monday in zone A's spring holidays
            "2026-04-07, A, SHORT_HOLIDAY",
            "2026-04-07, C, SCHOOL_DAY",
            "2026-05-04, C, SCHOOL_DAY",
            "2026-05-14, B, PUBLIC_HOLIDAY",    // Ascension
            "2026-05-15, B, SHORT_HOLIDAY",     // the Ascension bridge
            "2026-05-13, B, SCHOOL_DAY",
            "2026-05-25, A, PUBLIC_HOLIDAY",    // Whit Monday
            "2026-07-03, A, SCHOOL_DAY",
            "2026-07-06, A, SUMMER_HOLIDAY",
            "2026-07-14, C, PUBLIC_HOLIDAY",
            "2026-07-18, C, WEEKEND",
            "2026-08-31, B, SUMMER_HOLIDAY"
    })
    void day_kinds_of_the_school_year(LocalDate day, SchoolHolidayZone zone, DayKind kind) {
        assertThat(CALENDAR.dayKind(day, zone)).isEqualTo(kind);
    }

    @Test
    void a_day_outside_the_school_year_is_not_answered() {
        assertThatThrownBy(() -> CALENDAR.dayKind(date(2026, 9, 1), A)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CALENDAR.dayKind(date(2025, 8, 31), A)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_summer_holidays_ending_in_september_are_held_by_the_next_year_too() {
        // Summer 2021: class ended after Tuesday 6 July, resumed on Thursday 2 September.
        SchoolHoliday summer2021 = SchoolHoliday.between(B, SUMMER, date(2021, 7, 6), date(2021, 9, 2));
        SchoolCalendar calendar = new SchoolCalendar(new SchoolYear(2021), List.of(summer2021), List.of());

        assertThat(calendar.dayKind(date(2021, 9, 1), B)).isEqualTo(DayKind.SUMMER_HOLIDAY);
        assertThat(calendar.dayKind(date(2021, 9, 2), B)).isEqualTo(DayKind.SCHOOL_DAY);
        assertThat(calendar.dayKind(date(2021, 9, 1), A)).as("no data for zone A").isEqualTo(DayKind.SCHOOL_DAY);
    }

    @Test
    void school_holidays_hold_the_days_without_school() {
        SchoolHoliday autumn = SchoolHoliday.between(A, AUTUMN, date(2025, 10, 18), date(2025, 11, 3));

        assertThat(autumn.daysOff()).isEqualTo(new DateRange(date(2025, 10, 19), date(2025, 11, 2)));
        assertThat(autumn.lastSchoolDay()).isEqualTo(date(2025, 10, 18));
        assertThat(autumn.returnDay()).isEqualTo(date(2025, 11, 3));
        assertThat(autumn.kind()).isEqualTo(SchoolHoliday.Kind.SHORT);
        assertThat(autumn.covers(date(2025, 10, 18))).isFalse();
        assertThat(autumn.covers(date(2025, 10, 19))).isTrue();
        assertThat(autumn.covers(date(2025, 11, 2))).isTrue();
        assertThat(autumn.covers(date(2025, 11, 3))).isFalse();
        assertThat(SchoolHoliday.between(C, SUMMER, date(2026, 7, 4), date(2026, 9, 1)).kind())
                .isEqualTo(SchoolHoliday.Kind.SUMMER);
        assertThatThrownBy(() -> SchoolHoliday.between(A, AUTUMN, date(2025, 10, 18), date(2025, 10, 19)))
                .as("no day without school").isInstanceOf(IllegalArgumentException.class);
        assertThat(SchoolHoliday.inEveryZone(CHRISTMAS, date(2025, 12, 20), date(2026, 1, 5)))
                .extracting(SchoolHoliday::zone).containsExactly(A, B, C);
    }

    @Test
    void the_calendar_finds_a_zones_holidays() {
        assertThat(CALENDAR.holidayOn(date(2026, 2, 25), C)).map(SchoolHoliday::name).contains(WINTER);
        assertThat(CALENDAR.holidayOn(date(2026, 2, 25), A)).isEmpty();
        assertThat(CALENDAR.holidaysOf(B)).extracting(SchoolHoliday::name)
                .containsExactly(AUTUMN, CHRISTMAS, WINTER, SPRING, ASCENSION_BRIDGE, SUMMER);
    }

    @Test
    void holidays_of_one_zone_do_not_overlap_and_belong_to_the_year() {
        List<SchoolHoliday> overlapping = List.of(
                SchoolHoliday.between(A, WINTER, date(2026, 2, 7), date(2026, 2, 23)),
                SchoolHoliday.between(A, SPRING, date(2026, 2, 20), date(2026, 3, 9)));
        assertThatThrownBy(() -> new SchoolCalendar(YEAR_2025, overlapping, List.of()))
                .isInstanceOf(IllegalArgumentException.class);

        List<SchoolHoliday> otherZones = List.of(
                SchoolHoliday.between(A, WINTER, date(2026, 2, 7), date(2026, 2, 23)),
                SchoolHoliday.between(B, WINTER, date(2026, 2, 14), date(2026, 3, 2)));
        assertThat(new SchoolCalendar(YEAR_2025, otherZones, List.of()).holidays()).hasSize(2);

        List<SchoolHoliday> lastYear = List.of(SchoolHoliday.between(A, SUMMER, date(2025, 7, 5), date(2025, 9, 1)));
        assertThatThrownBy(() -> new SchoolCalendar(YEAR_2025, lastYear, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_facility_closure_closes_all_its_activities() {
        Closure strike = Closure.ofFacility(SCHOOL_JAURES, new DateRange(date(2025, 12, 4), date(2025, 12, 4)),
                ClosureReason.STRIKE, "Grève du personnel municipal");
        SchoolCalendar calendar = CALENDAR.withClosure(strike);

        assertThat(calendar.isClosed(date(2025, 12, 4), SCHOOL_JAURES)).isTrue();
        assertThat(calendar.isClosed(date(2025, 12, 4), SCHOOL_JAURES, CANTEEN)).isTrue();
        assertThat(calendar.isClosed(date(2025, 12, 4), SCHOOL_JAURES, AFTER_SCHOOL)).isTrue();
        assertThat(calendar.isClosed(date(2025, 12, 3), SCHOOL_JAURES, CANTEEN)).isFalse();
        assertThat(calendar.isClosed(date(2025, 12, 5), SCHOOL_JAURES)).isFalse();
        assertThat(calendar.isClosed(date(2025, 12, 4), SCHOOL_FERRY)).isFalse();
        assertThat(calendar.isClosed(date(2025, 12, 4), SCHOOL_FERRY, CANTEEN)).isFalse();
        assertThat(calendar.closuresOn(date(2025, 12, 4), SCHOOL_JAURES, CANTEEN)).containsExactly(strike);
        assertThat(calendar.withoutClosure(strike).isClosed(date(2025, 12, 4), SCHOOL_JAURES)).isFalse();
    }

    @Test
    void an_activity_closure_closes_that_activity_only() {
        Closure works = Closure.ofActivity(CANTEEN, new DateRange(date(2026, 3, 16), date(2026, 3, 27)),
                ClosureReason.WORKS, "Travaux dans la cuisine");
        SchoolCalendar calendar = SchoolCalendar.empty(YEAR_2025).withClosure(works);

        assertThat(calendar.isClosed(date(2026, 3, 16), SCHOOL_JAURES, CANTEEN)).isTrue();
        assertThat(calendar.isClosed(date(2026, 3, 27), SCHOOL_JAURES, CANTEEN)).isTrue();
        assertThat(calendar.isClosed(date(2026, 3, 28), SCHOOL_JAURES, CANTEEN)).isFalse();
        assertThat(calendar.isClosed(date(2026, 3, 20), SCHOOL_JAURES, AFTER_SCHOOL)).isFalse();
        assertThat(calendar.isClosed(date(2026, 3, 20), SCHOOL_JAURES)).as("the facility stays open").isFalse();
        assertThat(calendar.contextFor(SCHOOL_JAURES, CANTEEN).isClosed(date(2026, 3, 20))).isTrue();
        assertThat(calendar.contextFor(SCHOOL_JAURES, AFTER_SCHOOL).isClosed(date(2026, 3, 20))).isFalse();
    }

    @Test
    void closures_belong_to_the_year_and_tell_why() {
        Closure lastYear = Closure.ofFacility(SCHOOL_JAURES, new DateRange(date(2025, 6, 2), date(2025, 6, 3)),
                ClosureReason.WORKS, "");
        assertThatThrownBy(() -> SchoolCalendar.empty(YEAR_2025).withClosure(lastYear))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Closure.ofFacility(SCHOOL_JAURES,
                new DateRange(date(2026, 1, 8), date(2026, 1, 8)), ClosureReason.OTHER, "  "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Closure.ofFacility(SCHOOL_JAURES, new DateRange(date(2026, 1, 8), date(2026, 1, 8)),
                ClosureReason.OTHER, " Inondation ").details()).isEqualTo("Inondation");
        assertThatThrownBy(() -> SchoolCalendar.empty(YEAR_2025).withoutClosure(lastYear))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void zones_and_their_academies() {
        assertThat(SchoolHolidayZone.ofAcademy("Orléans-Tours")).contains(B);
        assertThat(SchoolHolidayZone.ofAcademy("orleans tours")).contains(B);
        assertThat(SchoolHolidayZone.ofAcademy("Clermont-Ferrand")).contains(A);
        assertThat(SchoolHolidayZone.ofAcademy("Besancon")).contains(A);
        assertThat(SchoolHolidayZone.ofAcademy("CRÉTEIL")).contains(C);
        assertThat(SchoolHolidayZone.ofAcademy("Nancy-Metz")).contains(B);
        assertThat(SchoolHolidayZone.ofAcademy("Corse")).isEmpty();
        assertThat(A.academies()).hasSize(8);
        assertThat(B.academies()).hasSize(12);
        assertThat(C.academies()).hasSize(5);
        Set<String> all = new HashSet<>(A.academies());
        all.addAll(B.academies());
        all.addAll(C.academies());
        assertThat(all).as("each académie is in one zone").hasSize(25);
    }
}
