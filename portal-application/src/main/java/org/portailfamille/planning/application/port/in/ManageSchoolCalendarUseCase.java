package org.portailfamille.planning.application.port.in;

import java.util.UUID;

/** Staff set the municipality's holiday zone and record school holidays. */
public interface ManageSchoolCalendarUseCase {

    enum HolidayOutcome { ADDED, OVERLAPS_ANOTHER }

    /** {@code zone} is A, B or C. */
    void changeHolidayZone(String zone);

    /** Records holidays; refused (nothing recorded) when they overlap other holidays of the same zone. */
    HolidayOutcome addSchoolHoliday(AddSchoolHolidayCommand command);

    /** False when there is no such holiday. */
    boolean removeSchoolHoliday(UUID holidayId);
}
