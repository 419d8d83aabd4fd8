package org.portailfamille.planning.application.port.in;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** One line of "Inscriptions en cours": an enrolment of the child, with its regular weekdays (possibly none). */
public record ChildEnrolmentView(UUID activityId, String facilityName, String activityName, LocalDate firstDay,
                            LocalDate lastDay, Set<DayOfWeek> regularDays) {

    public ChildEnrolmentView {
        regularDays = Set.copyOf(regularDays);
    }
}
