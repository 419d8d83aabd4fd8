package org.portailfamille.planning.application.port.in;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A child's enrolment in an activity, with the activity's and facility's names. */
public record EnrolmentView(UUID id, UUID activityId, String activityName, String facilityName, LocalDate firstDay,
                            LocalDate lastDay, Set<DayOfWeek> regularDays) {
    public EnrolmentView {
        regularDays = Set.copyOf(regularDays);
    }
}
