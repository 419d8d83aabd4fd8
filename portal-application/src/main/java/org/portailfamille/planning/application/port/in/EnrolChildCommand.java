package org.portailfamille.planning.application.port.in;

import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A child enrolled in an activity from {@code firstDay} to {@code lastDay}, coming on {@code regularDays} if any. */
public record EnrolChildCommand(FamilyId familyId, ChildId childId, UUID activityId, LocalDate firstDay,
                                LocalDate lastDay, Set<DayOfWeek> regularDays) {

    public EnrolChildCommand {
        regularDays = Set.copyOf(regularDays);
    }
}
