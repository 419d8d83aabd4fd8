package org.portailfamille.planning.application.port.in;

import org.portailfamille.shared.FamilyId;

import java.util.List;

/** The days the family's children wait for, with their position on each waiting list, day order. */
public interface ListFamilyWaitingUseCase {
    List<FamilyWaiting> familyWaiting(FamilyId familyId);
}
