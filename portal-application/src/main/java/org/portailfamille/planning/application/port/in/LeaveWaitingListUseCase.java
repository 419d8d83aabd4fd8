package org.portailfamille.planning.application.port.in;

import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A parent takes a child of the family off the waiting list of a day: the child will not be offered a place freed
 * that day. False, and nothing changed, when that child of that family is not on that list (another family's entry
 * is never touched).
 */
public interface LeaveWaitingListUseCase {

    boolean leaveWaitingList(FamilyId familyId, ChildId childId, UUID activityId, LocalDate day);
}
