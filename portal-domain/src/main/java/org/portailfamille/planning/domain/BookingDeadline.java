package org.portailfamille.planning.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * A délai de prévenance: until when a day of an activity may be booked (or cancelled). Each rule gives, for a
 * booked day, its deadline: the last moment, in the municipality's local time, at which the day may still be
 * booked. The deadline itself is included ("jusqu'à la veille 18h00": at 18:00 it is still open, a moment later
 * it is closed). "Avant minuit" is the cut-off {@link #END_OF_DAY}. The application turns its {@code Clock} into
 * the municipality's local time (Europe/Paris) before asking.
 *
 * <p>The rules municipalities use:
 * <ul>
 *     <li>{@link DaysBefore}: N days before at a time ("la veille 18h00", "J-2 à 12h00, week-end non compté",
 *     "3 jours ouvrés"), the days counted as its {@link DayCounting} says;</li>
 *     <li>{@link WeekdayOfEarlierWeek}: a weekday of the previous week, or of week minus 2, at a time ("mardi 23h59
 *     pour la semaine suivante", "jeudi 12h pour le mercredi suivant");</li>
 *     <li>{@link DayOfEarlierMonth}: a day of the previous month at a time ("le 20 du mois précédent").</li>
 * </ul>
 * Pages word a rule from its parameters; the domain holds no text.
 */
public sealed interface BookingDeadline
        permits BookingDeadline.DaysBefore, BookingDeadline.WeekdayOfEarlierWeek, BookingDeadline.DayOfEarlierMonth {

    /** The cut-off of "avant minuit": the last moment of the day. */
    LocalTime END_OF_DAY = LocalTime.MAX;

    /** The last moment at which {@code day} may still be booked (or cancelled). */
    LocalDateTime deadlineFor(LocalDate day, CalendarContext context);

    /** Whether {@code day} may still be booked (or cancelled) at {@code now}: not after its deadline. */
    default boolean isOpen(LocalDate day, LocalDateTime now, CalendarContext context) {
        return !now.isAfter(deadlineFor(day, context));
    }

    /** "La veille à {@code cutOff}", every day counted. */
    static DaysBefore theDayBefore(LocalTime cutOff) {
        return new DaysBefore(1, cutOff, DayCounting.CALENDAR_DAYS);
    }

    /** "J-{@code days} à {@code cutOff}", every day counted. */
    static DaysBefore daysBefore(int days, LocalTime cutOff) {
        return new DaysBefore(days, cutOff, DayCounting.CALENDAR_DAYS);
    }

    /** "J-{@code days} à {@code cutOff}", only the days {@code counting} counts. */
    static DaysBefore daysBefore(int days, LocalTime cutOff, DayCounting counting) {
        return new DaysBefore(days, cutOff, counting);
    }

    /** "{@code weekday} {@code cutOff} pour la semaine suivante". */
    static WeekdayOfEarlierWeek weekdayOfPreviousWeek(DayOfWeek weekday, LocalTime cutOff) {
        return new WeekdayOfEarlierWeek(1, weekday, cutOff);
    }

    /** "Le {@code dayOfMonth} du mois précédent à {@code cutOff}". */
    static DayOfEarlierMonth dayOfPreviousMonth(int dayOfMonth, LocalTime cutOff) {
        return new DayOfEarlierMonth(1, dayOfMonth, cutOff);
    }

    /**
     * N counted days before the booked day, at a cut-off time. Counting starts the day before the booked day and
     * the deadline falls on the N-th day that counts, so it never falls on a skipped day: "la veille 18h00, week-end
     * non compté" for a Monday is Friday 18:00. With N = 0 the deadline is on the booked day itself ("le jour même
     * avant 9h00").
     *
     * @param days     how many counted days before (0 to 366)
     * @param cutOff   the time on the deadline day
     * @param counting which days count
     */
    record DaysBefore(int days, LocalTime cutOff, DayCounting counting) implements BookingDeadline {

        /** Counting back stops, as a safeguard, after this many calendar days (long closures, many skips). */
        static final int MAX_DAYS_SCANNED = 3 * 366;

        public DaysBefore {
            Objects.requireNonNull(cutOff, "cutOff");
            Objects.requireNonNull(counting, "counting");
            if (days < 0 || days > 366) {
                throw new IllegalArgumentException("A deadline is 0 to 366 days before: " + days);
            }
        }

        @Override
        public LocalDateTime deadlineFor(LocalDate day, CalendarContext context) {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(context, "context");
            LocalDate deadlineDay = day;
            int counted = 0;
            int scanned = 0;
            while (counted < days) {
                deadlineDay = deadlineDay.minusDays(1);
                if (++scanned > MAX_DAYS_SCANNED) {
                    throw new IllegalStateException("No " + days + " counted days found in the "
                            + MAX_DAYS_SCANNED + " days before " + day);
                }
                if (counting.counts(deadlineDay, context)) {
                    counted++;
                }
            }
            return deadlineDay.atTime(cutOff);
        }
    }

    /**
     * A weekday of an earlier week at a cut-off time, for every day of a week (weeks start on Monday, as in France):
     * "mardi 23h59 pour la semaine suivante" is Tuesday 23:59 of the previous week; "jeudi 12h pour le mercredi
     * suivant" is Thursday 12:00 of the week before the Wednesday. Public holidays and closures do not move it.
     *
     * @param weeksBefore 1 for the previous week, 2 for week minus 2 (up to 8)
     * @param weekday     the weekday of that week
     * @param cutOff      the time on that weekday
     */
    record WeekdayOfEarlierWeek(int weeksBefore, DayOfWeek weekday, LocalTime cutOff) implements BookingDeadline {

        public WeekdayOfEarlierWeek {
            Objects.requireNonNull(weekday, "weekday");
            Objects.requireNonNull(cutOff, "cutOff");
            if (weeksBefore < 1 || weeksBefore > 8) {
                throw new IllegalArgumentException("A weekly deadline is 1 to 8 weeks before: " + weeksBefore);
            }
        }

        @Override
        public LocalDateTime deadlineFor(LocalDate day, CalendarContext context) {
            Objects.requireNonNull(day, "day");
            LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return monday.minusWeeks(weeksBefore).with(TemporalAdjusters.nextOrSame(weekday)).atTime(cutOff);
        }
    }

    /**
     * A day of an earlier month at a cut-off time, for every day of a month: "le 20 du mois précédent" is the 20th
     * of the previous month (for a day in January, 20 December of the year before). A day of month the earlier
     * month lacks (31 for a deadline in April) falls on its last day.
     *
     * @param monthsBefore 1 for the previous month (up to 12)
     * @param dayOfMonth   1 to 31
     * @param cutOff       the time on that day
     */
    record DayOfEarlierMonth(int monthsBefore, int dayOfMonth, LocalTime cutOff) implements BookingDeadline {

        public DayOfEarlierMonth {
            Objects.requireNonNull(cutOff, "cutOff");
            if (monthsBefore < 1 || monthsBefore > 12) {
                throw new IllegalArgumentException("A monthly deadline is 1 to 12 months before: " + monthsBefore);
            }
            if (dayOfMonth < 1 || dayOfMonth > 31) {
                throw new IllegalArgumentException("A day of month is 1 to 31: " + dayOfMonth);
            }
        }

        @Override
        public LocalDateTime deadlineFor(LocalDate day, CalendarContext context) {
            Objects.requireNonNull(day, "day");
            YearMonth month = YearMonth.from(day).minusMonths(monthsBefore);
            return month.atDay(Math.min(dayOfMonth, month.lengthOfMonth())).atTime(cutOff);
        }
    }
}
