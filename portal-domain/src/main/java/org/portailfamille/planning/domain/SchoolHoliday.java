package org.portailfamille.planning.domain;

import org.portailfamille.shared.DateRange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * School holidays of one zone. The Ministry publishes them as "fin des cours" (holidays start after class on that
 * day) and "reprise des cours" (they end the morning of that day); {@code daysOff} holds the days without school
 * in between: from the day after the last school day to the day before the return day, both included.
 *
 * @param zone    the holiday zone
 * @param name    which holidays (its {@link SchoolHolidayName#kind() kind} is SHORT or SUMMER)
 * @param daysOff the days without school, both ends included
 */
public record SchoolHoliday(SchoolHolidayZone zone, SchoolHolidayName name, DateRange daysOff) {

    /** Short holidays (autumn, Christmas, winter, spring, Ascension bridge) or the summer holidays. */
    public enum Kind { SHORT, SUMMER }

    public SchoolHoliday {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(daysOff, "daysOff");
    }

    /**
     * Holidays as the Ministry publishes them: class ends after {@code lastSchoolDay} and resumes the morning of
     * {@code returnDay}.
     */
    public static SchoolHoliday between(SchoolHolidayZone zone, SchoolHolidayName name, LocalDate lastSchoolDay,
                                        LocalDate returnDay) {
        Objects.requireNonNull(lastSchoolDay, "lastSchoolDay");
        Objects.requireNonNull(returnDay, "returnDay");
        if (!returnDay.isAfter(lastSchoolDay.plusDays(1))) {
            throw new IllegalArgumentException(
                    "Holidays leave at least one day without school between " + lastSchoolDay + " and " + returnDay);
        }
        return new SchoolHoliday(zone, name, new DateRange(lastSchoolDay.plusDays(1), returnDay.minusDays(1)));
    }

    /** The same holidays in every zone (autumn, Christmas and summer are national). */
    public static List<SchoolHoliday> inEveryZone(SchoolHolidayName name, LocalDate lastSchoolDay,
                                                  LocalDate returnDay) {
        List<SchoolHoliday> holidays = new ArrayList<>();
        for (SchoolHolidayZone zone : SchoolHolidayZone.values()) {
            holidays.add(between(zone, name, lastSchoolDay, returnDay));
        }
        return List.copyOf(holidays);
    }

    public Kind kind() {
        return name.kind();
    }

    /** The day class ends, after which the holidays start. */
    public LocalDate lastSchoolDay() {
        return daysOff.start().minusDays(1);
    }

    /** The morning class resumes. */
    public LocalDate returnDay() {
        return daysOff.end().plusDays(1);
    }

    /** Whether {@code day} is a day without school of these holidays. */
    public boolean covers(LocalDate day) {
        return daysOff.contains(day);
    }
}
