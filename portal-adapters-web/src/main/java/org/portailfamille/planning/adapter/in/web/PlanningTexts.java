package org.portailfamille.planning.adapter.in.web;

import org.portailfamille.planning.application.port.in.CellStatus;
import org.portailfamille.planning.application.port.in.CellUnavailability;
import org.portailfamille.planning.application.port.in.PlanningCell;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words of the planning grid: weekday abbreviations ("Me 01"), statuses and their symbols, deadlines
 * ("modifiable jusqu'au mardi 31 mars 23:59") and the full accessible name of a cell.
 */
@Component
class PlanningTexts {

    private static final Locale FRENCH = Locale.FRENCH;
    private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("EEEE d MMMM HH:mm", FRENCH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", FRENCH);
    private static final DateTimeFormatter DAY_WITH_YEAR = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", FRENCH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", FRENCH);

    private final MessageSource messages;
    /**
     * The texts without arguments (statuses, symbols, weekdays…) and the days' names, asked for several times per
     * cell of a month grid (issue 14: a few hundred cells per page): kept once looked up. The bundles never change
     * while the portal runs; the keys are the code's own (a few hundred), the days those pages show (bounded).
     */
    private final Map<String, String> plainMessages = new ConcurrentHashMap<>();
    private final Map<LocalDate, String> dayNames = new ConcurrentHashMap<>();
    private static final int DAY_NAMES_KEPT = 4_000;

    PlanningTexts(MessageSource messages) {
        this.messages = messages;
    }

    String message(String key, Object... arguments) {
        if (arguments.length == 0) {
            String kept = plainMessages.get(key);
            if (kept == null) {
                kept = messages.getMessage(key, arguments, FRENCH);
                plainMessages.put(key, kept);
            }
            return kept;
        }
        return messages.getMessage(key, arguments, FRENCH);
    }

    /** "Me 01". */
    String columnHeader(LocalDate day) {
        return message("planning.weekday.short." + day.getDayOfWeek().name()) + " "
                + String.format("%02d", day.getDayOfMonth());
    }

    /** "Mercredi 1 avril". */
    String dayName(LocalDate day) {
        String kept = dayNames.get(day);
        if (kept == null) {
            if (dayNames.size() >= DAY_NAMES_KEPT) {
                dayNames.clear();
            }
            kept = capitalised(DAY.format(day));
            dayNames.put(day, kept);
        }
        return kept;
    }

    /** "Mercredi 1 avril 2026". */
    String dayNameWithYear(LocalDate day) {
        return capitalised(DAY_WITH_YEAR.format(day));
    }

    /** "Avril 2026". */
    String monthName(java.time.YearMonth month) {
        return capitalised(MONTH.format(month.atDay(1)));
    }

    String status(CellStatus status) {
        return message("planning.status." + status.name());
    }

    String symbol(CellStatus status) {
        return message("planning.symbol." + status.name());
    }

    /** "modifiable jusqu'au mardi 31 mars 23:59", or why the day cannot be changed ("délai dépassé"); may be empty. */
    String deadline(PlanningCell cell) {
        StringBuilder text = new StringBuilder();
        if (cell.changeableUntil() != null && cell.actionable()) {
            text.append(message("planning.deadline.until", deadline(cell.changeableUntil())));
        }
        CellUnavailability why = cell.unavailable();
        if (why != null && why != CellUnavailability.NOT_RUNNING) {
            if (!text.isEmpty()) {
                text.append(", ");
            }
            text.append(message("planning.unavailable." + why.name()));
        }
        return text.toString();
    }

    /** "mardi 31 mars 23:59" ("avant minuit" is written 23:59). */
    String deadline(LocalDateTime at) {
        return DEADLINE.format(at);
    }

    /** "Mercredi 1 avril, ALSH Mercredi après-midi : Réservé, modifiable jusqu'au mardi 31 mars 23:59". */
    String cellLabel(PlanningCell cell, String activityName) {
        String deadline = deadline(cell);
        String status = cell.status() == CellStatus.EMPTY || cell.status() == CellStatus.NOT_RUNNING
                ? message("planning.status." + cell.status().name()) : status(cell.status());
        return dayName(cell.day()) + ", " + activityName + " : " + status + (deadline.isEmpty() ? "" : ", " + deadline);
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
