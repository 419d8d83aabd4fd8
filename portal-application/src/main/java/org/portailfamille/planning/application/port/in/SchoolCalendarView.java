package org.portailfamille.planning.application.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A school year's calendar as the back office shows it: the municipality's zone (A, B or C), the school holidays
 * recorded for that zone, and the public holidays falling in the school year.
 *
 * @param schoolYearStart the calendar year in which the school year starts (2025 for 2025-2026)
 */
public record SchoolCalendarView(int schoolYearStart, String zone, List<Holiday> holidays,
                                 List<PublicHolidayView> publicHolidays) {

    public SchoolCalendarView {
        holidays = List.copyOf(holidays);
        publicHolidays = List.copyOf(publicHolidays);
    }

    /** School holidays: {@code name} is AUTUMN, CHRISTMAS, WINTER, SPRING, ASCENSION_BRIDGE or SUMMER. */
    public record Holiday(UUID id, String zone, String name, LocalDate lastSchoolDay, LocalDate returnDay) {
    }

    /** A public holiday: {@code name} is the code of the holiday (NEW_YEAR, EASTER_MONDAY, …). */
    public record PublicHolidayView(String name, LocalDate date) {
    }
}
