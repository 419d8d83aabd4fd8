package org.portailfamille.planning.application.port.in;

import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.time.LocalDate;
import java.util.UUID;

/** The absence form of a family's child for a day of an activity. */
public record AbsenceFormQuery(FamilyId familyId, ChildId childId, UUID activityId, LocalDate day) {
}
