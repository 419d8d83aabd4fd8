package org.portailfamille.planning.adapter.in.web;

import org.portailfamille.planning.application.port.in.ActivityView;
import org.portailfamille.planning.application.port.in.DeadlineRule;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Words the planning settings in plain French for the back office: "la veille 18:00", "mardi 23:59 de la semaine
 * précédente", "le 20 du mois précédent, 12:00", weekdays "lundi, mardi". Templates call it as
 * {@code @planningWording}.
 */
@Component("planningWording")
public class PlanningWording {

    private static final Locale FRENCH = Locale.FRENCH;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", FRENCH);

    private final MessageSource messages;

    PlanningWording(MessageSource messages) {
        this.messages = messages;
    }

    /** A deadline rule in words. */
    public String deadline(DeadlineRule rule) {
        String time = time(rule.cutOff());
        switch (rule.kind()) {
            case DeadlineRule.DAYS_BEFORE: {
                String base = rule.count() == 0 ? text("planning.deadline.sameDay", time)
                        : rule.count() == 1 ? text("planning.deadline.dayBefore", time)
                        : text("planning.deadline.daysBefore", rule.count(), time);
                List<String> skipped = new ArrayList<>();
                Set<DayOfWeek> days = rule.skippedWeekdays();
                boolean weekends = days.contains(DayOfWeek.SATURDAY) && days.contains(DayOfWeek.SUNDAY);
                if (weekends) {
                    skipped.add(text("planning.deadline.skip.weekends"));
                }
                List<String> others = new ArrayList<>();
                for (DayOfWeek day : DayOfWeek.values()) {
                    if (days.contains(day) && !(weekends && (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY))) {
                        others.add(weekday(day));
                    }
                }
                if (!others.isEmpty()) {
                    skipped.add(text("planning.deadline.skip.weekdays", String.join(", ", others)));
                }
                if (rule.skipPublicHolidays()) {
                    skipped.add(text("planning.deadline.skip.publicHolidays"));
                }
                if (rule.skipClosures()) {
                    skipped.add(text("planning.deadline.skip.closures"));
                }
                return skipped.isEmpty() ? base : base + ", " + String.join(", ", skipped);
            }
            case DeadlineRule.WEEKDAY_OF_EARLIER_WEEK:
                return rule.count() == 1
                        ? text("planning.deadline.weekdayOfPreviousWeek", weekday(DayOfWeek.of(rule.day())), time)
                        : text("planning.deadline.weekdayOfEarlierWeek", weekday(DayOfWeek.of(rule.day())), time,
                        rule.count());
            default:
                return rule.count() == 1
                        ? text("planning.deadline.dayOfPreviousMonth", rule.day(), time)
                        : text("planning.deadline.dayOfEarlierMonth", rule.day(), time, rule.count());
        }
    }

    /** The cancellation rule of an activity in words. */
    public String cancellation(ActivityView activity) {
        switch (activity.cancellation()) {
            case "NOT_ALLOWED":
                return text("planning.cancellation.notAllowed");
            case "OWN_DEADLINE":
                return activity.cancellationDeadline() == null ? "" : deadline(activity.cancellationDeadline());
            default:
                return text("planning.cancellation.sameAsBooking", deadline(activity.bookingDeadline()));
        }
    }

    /** "de LÉA" or "d'EMMA": the preposition a child's name takes in "Planning {0}" (French elision). */
    public String de(String name) {
        return org.portailfamille.shared.FrenchElision.de(name);
    }

    /** An activity's season in words (ADR 0030): "Vacances scolaires uniquement", or its dated sessions. */
    public String season(ActivityView activity) {
        String kind = text("planning.season." + activity.season());
        if (activity.sessions().isEmpty()) {
            return kind;
        }
        DateTimeFormatter day = DateTimeFormatter.ofPattern("dd/MM/yyyy", FRENCH);
        return kind + " : " + String.join(", ", activity.sessions().stream()
                .map(session -> text("planning.season.session", day.format(session.start()), day.format(session.end())))
                .toList());
    }

    /** Weekdays in words, Monday first: "lundi, mardi, jeudi". */
    public String weekdays(Set<DayOfWeek> days) {
        List<String> names = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            if (days.contains(day)) {
                names.add(weekday(day));
            }
        }
        return String.join(", ", names);
    }

    public String weekday(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, FRENCH);
    }

    /** "02/06/2026 08:30". */
    public String dateTime(LocalDateTime moment) {
        return DATE_TIME.format(moment);
    }

    /** "18:00"; the end of the day is "avant minuit". */
    public String time(LocalTime time) {
        if (time.equals(LocalTime.MAX)) {
            return text("planning.deadline.endOfDay");
        }
        return String.format("%02d:%02d", time.getHour(), time.getMinute());
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, FRENCH);
    }
}
