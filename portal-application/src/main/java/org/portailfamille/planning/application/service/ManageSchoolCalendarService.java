package org.portailfamille.planning.application.service;

import org.portailfamille.planning.application.port.in.AddSchoolHolidayCommand;
import org.portailfamille.planning.application.port.in.ManageSchoolCalendarUseCase;
import org.portailfamille.planning.application.port.out.SchoolCalendars;
import org.portailfamille.planning.domain.SchoolHoliday;
import org.portailfamille.planning.domain.SchoolHolidayName;
import org.portailfamille.planning.domain.SchoolHolidayZone;

import java.util.UUID;

public class ManageSchoolCalendarService implements ManageSchoolCalendarUseCase {

    private final SchoolCalendars calendars;

    public ManageSchoolCalendarService(SchoolCalendars calendars) {
        this.calendars = calendars;
    }

    @Override
    public void changeHolidayZone(String zone) {
        calendars.changeHolidayZone(SchoolHolidayZone.valueOf(zone));
    }

    @Override
    public HolidayOutcome addSchoolHoliday(AddSchoolHolidayCommand command) {
        SchoolHoliday holiday = SchoolHoliday.between(SchoolHolidayZone.valueOf(command.zone()),
                SchoolHolidayName.valueOf(command.name()), command.lastSchoolDay(), command.returnDay());
        boolean overlaps = calendars.holidaysOverlapping(holiday.daysOff()).stream()
                .anyMatch(stored -> stored.holiday().zone() == holiday.zone());
        if (overlaps) {
            return HolidayOutcome.OVERLAPS_ANOTHER;
        }
        calendars.addHoliday(new SchoolCalendars.Stored(UUID.randomUUID(), holiday));
        return HolidayOutcome.ADDED;
    }

    @Override
    public boolean removeSchoolHoliday(UUID holidayId) {
        return calendars.removeHoliday(holidayId);
    }
}
