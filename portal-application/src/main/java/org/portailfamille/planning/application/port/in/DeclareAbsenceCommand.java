package org.portailfamille.planning.application.port.in;

import org.jspecify.annotations.Nullable;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A family declares its child absent on a day of an activity.
 *
 * @param reason      ILLNESS, HOSPITALISATION, PERSONAL, FAMILY_EVENT or OTHER
 * @param comment     the family's words, at most 500 characters
 * @param certificate the uploaded file's content; required for a medical reason, ignored otherwise
 * @param submittedBy the parent's login, for the request
 */
public record DeclareAbsenceCommand(FamilyId familyId, ChildId childId, UUID activityId, LocalDate day, String reason,
                                    String comment, byte @Nullable [] certificate, String submittedBy) {
    public DeclareAbsenceCommand {
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(childId, "childId");
        Objects.requireNonNull(activityId, "activityId");
        Objects.requireNonNull(day, "day");
        reason = reason == null ? "" : reason;
        comment = comment == null ? "" : comment;
        Objects.requireNonNull(submittedBy, "submittedBy");
    }
}
