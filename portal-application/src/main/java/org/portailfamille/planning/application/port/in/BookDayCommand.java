package org.portailfamille.planning.application.port.in;

import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.time.LocalDate;
import java.util.UUID;

/** A family books {@code day} of an activity for one of its children. */
public record BookDayCommand(FamilyId familyId, ChildId childId, UUID activityId, LocalDate day) {
}
