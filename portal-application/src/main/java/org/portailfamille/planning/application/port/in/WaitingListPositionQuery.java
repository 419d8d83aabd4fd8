package org.portailfamille.planning.application.port.in;

import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.time.LocalDate;
import java.util.UUID;

/** Where a child of a family stands on the waiting list of a day. */
public record WaitingListPositionQuery(FamilyId familyId, ChildId childId, UUID activityId, LocalDate day) {
}
