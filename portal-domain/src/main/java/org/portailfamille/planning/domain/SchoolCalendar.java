package org.portailfamille.planning.domain;

import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.FacilityId;
import org.portailfamille.shared.DateRange;
import org.portailfamille.shared.SchoolYear;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The calendar of a school year: its school holidays (of one zone or of all three) and the closures of facilities
 * and activities. Public holidays and weekends need no data.
 *
 * <p>Every holiday and closure overlaps the school year. The summer holidays that end in the first days of
 * September belong to the previous school year but should be held here too (they overlap this one), so that
 * the days before the return day are not taken for school days.
 *
 * @param year     the school year (1 September – 31 August)
 * @param holidays its school holidays, sorted by first day; no two of the same zone overlap
 * @param closures its closures, sorted by first day
 */
public record SchoolCalendar(SchoolYear year, List<SchoolHoliday> holidays, List<Closure> closures) {

    public SchoolCalendar {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(holidays, "holidays");
        Objects.requireNonNull(closures, "closures");
        DateRange range = year.range();
        List<SchoolHoliday> sortedHolidays = new ArrayList<>(holidays);
        sortedHolidays.sort(Comparator.comparing((SchoolHoliday holiday) -> holiday.daysOff().start())
                .thenComparing(SchoolHoliday::zone));
        for (SchoolHoliday holiday : sortedHolidays) {
            if (!overlap(holiday.daysOff(), range)) {
                throw new IllegalArgumentException(holiday + " is outside the school year " + year);
            }
        }
        for (int i = 0; i < sortedHolidays.size(); i++) {
            for (int j = i + 1; j < sortedHolidays.size(); j++) {
                SchoolHoliday first = sortedHolidays.get(i);
                SchoolHoliday second = sortedHolidays.get(j);
                if (first.zone() == second.zone() && overlap(first.daysOff(), second.daysOff())) {
                    throw new IllegalArgumentException("Holidays of zone " + first.zone() + " overlap: "
                            + first.name() + " and " + second.name());
                }
            }
        }
        List<Closure> sortedClosures = new ArrayList<>(closures);
        sortedClosures.sort(Comparator.comparing(closure -> closure.period().start()));
        for (Closure closure : sortedClosures) {
            if (!overlap(closure.period(), range)) {
                throw new IllegalArgumentException("A closure from " + closure.period().start()
                        + " is outside the school year " + year);
            }
        }
        holidays = List.copyOf(sortedHolidays);
        closures = List.copyOf(sortedClosures);
    }

    /** A school year with no holidays or closures recorded yet. */
    public static SchoolCalendar empty(SchoolYear year) {
        return new SchoolCalendar(year, List.of(), List.of());
    }

    /** This calendar with one more closure. */
    public SchoolCalendar withClosure(Closure closure) {
        List<Closure> more = new ArrayList<>(closures);
        more.add(closure);
        return new SchoolCalendar(year, holidays, more);
    }

    /** This calendar without {@code closure} (cancelled). */
    public SchoolCalendar withoutClosure(Closure closure) {
        List<Closure> fewer = new ArrayList<>(closures);
        if (!fewer.remove(closure)) {
            throw new IllegalArgumentException("No such closure in the calendar of " + year);
        }
        return new SchoolCalendar(year, holidays, fewer);
    }

    /**
     * What kind of day {@code day} is in {@code zone}; see {@link DayKind} for the order when several apply.
     *
     * @throws IllegalArgumentException when the day is outside the school year
     */
    public DayKind dayKind(LocalDate day, SchoolHolidayZone zone) {
        Objects.requireNonNull(zone, "zone");
        if (!year.range().contains(day)) {
            throw new IllegalArgumentException(day + " is outside the school year " + year);
        }
        if (PublicHolidays.isPublicHoliday(day)) {
            return DayKind.PUBLIC_HOLIDAY;
        }
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return DayKind.WEEKEND;
        }
        Optional<SchoolHoliday> holiday = holidayOn(day, zone);
        if (holiday.isEmpty()) {
            return DayKind.SCHOOL_DAY;
        }
        return holiday.get().kind() == SchoolHoliday.Kind.SUMMER ? DayKind.SUMMER_HOLIDAY : DayKind.SHORT_HOLIDAY;
    }

    /** The school holidays of {@code zone} covering {@code day}, if any (weekends included). */
    public Optional<SchoolHoliday> holidayOn(LocalDate day, SchoolHolidayZone zone) {
        for (SchoolHoliday holiday : holidays) {
            if (holiday.zone() == zone && holiday.covers(day)) {
                return Optional.of(holiday);
            }
        }
        return Optional.empty();
    }

    /** The school holidays of one zone, in date order. */
    public List<SchoolHoliday> holidaysOf(SchoolHolidayZone zone) {
        List<SchoolHoliday> ofZone = new ArrayList<>();
        for (SchoolHoliday holiday : holidays) {
            if (holiday.zone() == zone) {
                ofZone.add(holiday);
            }
        }
        return List.copyOf(ofZone);
    }

    /** Whether the whole {@code facility} is closed on {@code day}. */
    public boolean isClosed(LocalDate day, FacilityId facility) {
        for (Closure closure : closures) {
            if (closure.closesFacility(day, facility)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code activity} of {@code facility} is closed on {@code day}, by its own closure or its facility's. */
    public boolean isClosed(LocalDate day, FacilityId facility, ActivityId activity) {
        return !closuresOn(day, facility, activity).isEmpty();
    }

    /** The closures that close {@code activity}, run by {@code facility}, on {@code day}. */
    public List<Closure> closuresOn(LocalDate day, FacilityId facility, ActivityId activity) {
        List<Closure> found = new ArrayList<>();
        for (Closure closure : closures) {
            if (closure.closes(day, facility, activity)) {
                found.add(closure);
            }
        }
        return List.copyOf(found);
    }

    /** The calendar context of one activity, for its booking deadlines. */
    public CalendarContext contextFor(FacilityId facility, ActivityId activity) {
        return CalendarContext.of(closures, facility, activity);
    }

    private static boolean overlap(DateRange first, DateRange second) {
        return !first.start().isAfter(second.end()) && !second.start().isAfter(first.end());
    }
}
