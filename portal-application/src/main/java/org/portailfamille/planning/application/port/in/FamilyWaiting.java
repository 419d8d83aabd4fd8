package org.portailfamille.planning.application.port.in;

import org.portailfamille.shared.ChildId;

import java.time.LocalDate;
import java.util.UUID;

/** A day a child of the family waits for, and its 1-based position on the day's waiting list. */
public record FamilyWaiting(ChildId childId, String childName, UUID activityId, String activityName, LocalDate day,
                            int position) {
}
