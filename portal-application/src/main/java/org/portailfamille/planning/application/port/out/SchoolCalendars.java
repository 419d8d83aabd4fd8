package org.portailfamille.planning.application.port.out;

import org.portailfamille.planning.domain.SchoolHoliday;
import org.portailfamille.planning.domain.SchoolHolidayZone;
import org.portailfamille.shared.DateRange;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Where the municipality's school-holiday zone and the school holidays of every zone are kept. */
public interface SchoolCalendars {

    SchoolHolidayZone holidayZone();

    void changeHolidayZone(SchoolHolidayZone zone);

    /** The holidays (of every zone) with a day off within {@code range}, by first day off. */
    List<Stored> holidaysOverlapping(DateRange range);

    void addHoliday(Stored holiday);

    /** False when there is no holiday {@code id}. */
    boolean removeHoliday(UUID id);

    /** A stored school holiday and its id. */
    record Stored(UUID id, SchoolHoliday holiday) {
        public Stored {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(holiday, "holiday");
        }
    }
}
