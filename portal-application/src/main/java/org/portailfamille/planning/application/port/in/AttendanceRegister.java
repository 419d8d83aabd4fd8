package org.portailfamille.planning.application.port.in;

import org.portailfamille.shared.ChildId;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The register of a day of an activity.
 *
 * @param activityId   the activity
 * @param activityName its name
 * @param facilityName its facility's name
 * @param day          the day
 * @param dayStatus    OPEN, NOT_RUNNING_THAT_DAY (not one of its weekdays) or CLOSED (public holiday, closure)
 * @param recordable   whether the register of this day can be recorded (an open day, not in the future)
 * @param lines        the expected children and those recorded without booking
 * @param otherEnrolled the children enrolled in the activity that day who are not on the register (to add one
 *                      present without booking)
 */
public record AttendanceRegister(UUID activityId, String activityName, String facilityName, LocalDate day,
                                 String dayStatus, boolean recordable, List<RegisterLine> lines,
                                 List<ChildId> otherEnrolled) {

    public AttendanceRegister {
        lines = List.copyOf(lines);
        otherEnrolled = List.copyOf(otherEnrolled);
    }
}
