package org.portailfamille.planning.application.port.in;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

/**
 * A délai de prévenance as parameters. {@code kind} is one of
 * <ul>
 *     <li>{@code DAYS_BEFORE}: {@code count} counted days before the day, at {@code cutOff}; the skipped weekdays,
 *     and public holidays or closures if so flagged, are not counted ("la veille 18h00, week-end non compté");</li>
 *     <li>{@code WEEKDAY_OF_EARLIER_WEEK}: weekday {@code day} (1 = Monday) of {@code count} weeks before, at
 *     {@code cutOff} ("mardi 23h59 pour la semaine suivante");</li>
 *     <li>{@code DAY_OF_EARLIER_MONTH}: day {@code day} of {@code count} months before, at {@code cutOff} ("le 20 du
 *     mois précédent").</li>
 * </ul>
 * A cut-off of {@link LocalTime#MAX} means "avant minuit".
 */
public record DeadlineRule(String kind, int count, int day, LocalTime cutOff, Set<DayOfWeek> skippedWeekdays,
                           boolean skipPublicHolidays, boolean skipClosures) {

    public static final String DAYS_BEFORE = "DAYS_BEFORE";
    public static final String WEEKDAY_OF_EARLIER_WEEK = "WEEKDAY_OF_EARLIER_WEEK";
    public static final String DAY_OF_EARLIER_MONTH = "DAY_OF_EARLIER_MONTH";

    public DeadlineRule {
        skippedWeekdays = Set.copyOf(skippedWeekdays);
    }

    /** "J-{@code days} à {@code cutOff}", every day counted ({@code days} = 1: "la veille"). */
    public static DeadlineRule daysBefore(int days, LocalTime cutOff) {
        return new DeadlineRule(DAYS_BEFORE, days, 0, cutOff, Set.of(), false, false);
    }

    /** "{@code weekday} {@code cutOff} pour la semaine suivante". */
    public static DeadlineRule weekdayOfPreviousWeek(DayOfWeek weekday, LocalTime cutOff) {
        return new DeadlineRule(WEEKDAY_OF_EARLIER_WEEK, 1, weekday.getValue(), cutOff, Set.of(), false, false);
    }

    /** "Le {@code dayOfMonth} du mois précédent à {@code cutOff}". */
    public static DeadlineRule dayOfPreviousMonth(int dayOfMonth, LocalTime cutOff) {
        return new DeadlineRule(DAY_OF_EARLIER_MONTH, 1, dayOfMonth, cutOff, Set.of(), false, false);
    }
}
