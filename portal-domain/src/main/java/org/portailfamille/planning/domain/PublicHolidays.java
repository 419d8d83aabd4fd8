package org.portailfamille.planning.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The French public holidays of any year (Gregorian calendar, from 1583): the eight fixed ones and the three
 * that move with Easter (Easter Monday, Ascension = Easter + 39, Whit Monday = Easter + 50). Easter Sunday is
 * computed with the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
 *
 * <p>The list is the national one of today's law: local holidays (Alsace-Moselle's Good Friday and 26 December)
 * and the years when 8 May was not a holiday (1960–1981) are not modelled.
 */
public final class PublicHolidays {

    /** The first year of the Gregorian calendar in which the Easter algorithm holds. */
    public static final int FIRST_YEAR = 1583;

    /** The years a page may show (the planning grid asks once per cell): computed once, kept (issue 14). */
    private static final int KEPT_FROM = 1900;
    private static final int KEPT_TO = 2199;
    private static final AtomicReferenceArray<List<PublicHoliday>> KEPT =
            new AtomicReferenceArray<>(KEPT_TO - KEPT_FROM + 1);

    private PublicHolidays() {
    }

    /** Easter Sunday of {@code year}, by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
        if (year < FIRST_YEAR || year > LocalDate.MAX.getYear()) {
            throw new IllegalArgumentException("Easter is computed for Gregorian years from 1583: " + year);
        }
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int monthAndDay = h + l - 7 * m + 114;
        return LocalDate.of(year, monthAndDay / 31, monthAndDay % 31 + 1);
    }

    /**
     * The eleven public holidays of {@code year}, sorted by date (then by name when two share a day, as
     * Ascension and 1 May did in 2008).
     */
    public static List<PublicHoliday> of(int year) {
        if (year < KEPT_FROM || year > KEPT_TO) {
            return compute(year);
        }
        List<PublicHoliday> kept = KEPT.get(year - KEPT_FROM);
        if (kept == null) {
            kept = compute(year);
            KEPT.set(year - KEPT_FROM, kept);
        }
        return kept;
    }

    private static List<PublicHoliday> compute(int year) {
        List<PublicHoliday> holidays = new ArrayList<>();
        for (PublicHolidayName name : PublicHolidayName.values()) {
            holidays.add(PublicHoliday.in(year, name));
        }
        Collections.sort(holidays);
        return List.copyOf(holidays);
    }

    public static boolean isPublicHoliday(LocalDate day) {
        return holidayOn(day).isPresent();
    }

    /** The public holiday falling on {@code day}, if any (the first by name when two coincide). */
    public static Optional<PublicHoliday> holidayOn(LocalDate day) {
        for (PublicHoliday holiday : of(day.getYear())) {
            if (holiday.date().equals(day)) {
                return Optional.of(holiday);
            }
        }
        return Optional.empty();
    }
}
