package org.portailfamille.planning.application.port.in;

import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A day of a child's regular schedule (a weekday of its enrolment) that is not booked (its regular reservation was
 * cancelled, refused or never taken), still bookable until {@code deadline}.
 */
public record UnbookedRegularDay(FamilyId familyId, ChildId childId, String childFirstName, UUID activityId,
                                 String activityName, LocalDate day, LocalDateTime deadline) {
}
