package org.portailfamille.planning.application.port.in;

import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.time.LocalDate;
import java.util.UUID;

/** A family puts one of its children on the waiting list of a full day. */
public record JoinWaitingListCommand(FamilyId familyId, ChildId childId, UUID activityId, LocalDate day) {
}
