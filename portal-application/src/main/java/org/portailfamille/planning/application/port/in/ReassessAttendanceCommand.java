package org.portailfamille.planning.application.port.in;

import org.portailfamille.shared.ChildId;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** The register line of a child on a day of an activity, to reassess after its absence was ruled. */
public record ReassessAttendanceCommand(ChildId childId, UUID activityId, LocalDate day) {
    public ReassessAttendanceCommand {
        Objects.requireNonNull(childId, "childId");
        Objects.requireNonNull(activityId, "activityId");
        Objects.requireNonNull(day, "day");
    }
}
