package org.portailfamille.planning.application.port.in;

import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.time.LocalDate;
import java.util.UUID;

/** A family cancels the booking of {@code day} for one of its children. */
public record CancelDayCommand(FamilyId familyId, ChildId childId, UUID activityId, LocalDate day) {
}
