package org.portailfamille.planning;

import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;
import org.springframework.modulith.NamedInterface;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A member of staff changed a child's planning on the family's behalf (booked, cancelled a day or declared an
 * absence); the family is told who did it (messaging). Published in the same transaction as the change.
 *
 * @param actionId           the staff action, the same id for every delivery of the event
 * @param childName          the child's name as the family reads it ("Léa DUPONT")
 * @param action             BOOKED, CANCELLED or ABSENCE_DECLARED
 * @param staffName          the staff member's name, as shown to the family
 * @param deadlineOverridden whether staff overrode the families' deadline to do it
 * @param reason             the reason staff gave for the override (empty when none)
 */
@NamedInterface("events")
public record PlanningChangedByStaff(UUID actionId, FamilyId familyId, ChildId childId, String childName,
                                     UUID activityId, String activityName, LocalDate day, String action,
                                     String staffName, boolean deadlineOverridden, String reason) {
    public PlanningChangedByStaff {
        Objects.requireNonNull(actionId, "actionId");
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(childId, "childId");
        Objects.requireNonNull(childName, "childName");
        Objects.requireNonNull(activityId, "activityId");
        Objects.requireNonNull(activityName, "activityName");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(staffName, "staffName");
        reason = reason == null ? "" : reason;
    }
}
