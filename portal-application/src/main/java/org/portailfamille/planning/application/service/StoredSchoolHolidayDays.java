package org.portailfamille.planning.application.service;

import org.portailfamille.planning.application.port.out.SchoolCalendars;
import org.portailfamille.planning.application.port.out.SchoolHolidayDays;
import org.portailfamille.planning.domain.SchoolHoliday;
import org.portailfamille.planning.domain.SchoolHolidayZone;
import org.portailfamille.shared.DateRange;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The school holidays the grid shows: those of the municipality's zone, from the staff-kept school calendar. */
public class StoredSchoolHolidayDays implements SchoolHolidayDays {

    private final SchoolCalendars calendars;

    public StoredSchoolHolidayDays(SchoolCalendars calendars) {
        this.calendars = calendars;
    }

    @Override
    public Map<LocalDate, SchoolHoliday.Kind> between(LocalDate from, LocalDate to) {
        SchoolHolidayZone zone = calendars.holidayZone();
        Map<LocalDate, SchoolHoliday.Kind> days = new LinkedHashMap<>();
        for (SchoolCalendars.Stored stored : calendars.holidaysOverlapping(new DateRange(from, to))) {
            SchoolHoliday holiday = stored.holiday();
            if (holiday.zone() != zone) {
                continue;
            }
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                if (holiday.covers(day)) {
                    days.put(day, holiday.kind());
                }
            }
        }
        return days;
    }
}
