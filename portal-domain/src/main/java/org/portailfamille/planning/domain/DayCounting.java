package org.portailfamille.planning.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which days count when a {@link BookingDeadline.DaysBefore} rule counts back from the booked day: all calendar
 * days, or not the skipped weekdays, public holidays or closure days of the activity.
 *
 * @param skippedWeekdays     weekdays that never count (Saturday and Sunday for "week-end non compté")
 * @param skipPublicHolidays  whether public holidays do not count
 * @param skipClosures        whether the activity's closure days do not count
 */
public record DayCounting(Set<DayOfWeek> skippedWeekdays, boolean skipPublicHolidays, boolean skipClosures) {

    /** Every day counts. */
    public static final DayCounting CALENDAR_DAYS = new DayCounting(Set.of(), false, false);

    /** Jours ouvrés: Monday to Friday, public holidays not counted ("3 jours ouvrés"). */
    public static final DayCounting WORKING_DAYS =
            new DayCounting(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), true, false);

    public DayCounting {
        Objects.requireNonNull(skippedWeekdays, "skippedWeekdays");
        skippedWeekdays = Set.copyOf(skippedWeekdays);
        if (skippedWeekdays.size() == DayOfWeek.values().length) {
            throw new IllegalArgumentException("A day counting skips at most six weekdays");
        }
    }

    /** This counting, not counting Saturdays and Sundays. */
    public DayCounting skippingWeekends() {
        return skipping(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    }

    /** This counting, not counting the given weekdays either (Wednesday, for a school without class on Wednesday). */
    public DayCounting skipping(DayOfWeek first, DayOfWeek... others) {
        EnumSet<DayOfWeek> skipped = EnumSet.of(first, others);
        skipped.addAll(skippedWeekdays);
        return new DayCounting(skipped, skipPublicHolidays, skipClosures);
    }

    /** This counting, not counting public holidays. */
    public DayCounting skippingPublicHolidays() {
        return new DayCounting(skippedWeekdays, true, skipClosures);
    }

    /** This counting, not counting the days the activity is closed. */
    public DayCounting skippingClosures() {
        return new DayCounting(skippedWeekdays, skipPublicHolidays, true);
    }

    /** Whether both Saturday and Sunday are skipped. */
    public boolean skipsWeekends() {
        return skippedWeekdays.contains(DayOfWeek.SATURDAY) && skippedWeekdays.contains(DayOfWeek.SUNDAY);
    }

    /** Whether {@code day} counts. */
    public boolean counts(LocalDate day, CalendarContext context) {
        if (skippedWeekdays.contains(day.getDayOfWeek())) {
            return false;
        }
        if (skipPublicHolidays && context.isPublicHoliday(day)) {
            return false;
        }
        return !(skipClosures && context.isClosed(day));
    }
}
