package org.portailfamille.planning.application.port.in;

import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A member of staff acts on a family's planning on its behalf: a day of an activity for one of the family's children
 * (the child must be the family's: otherwise nothing happens). The families' deadline applies unless staff
 * explicitly override it, with a reason (ADR 0032).
 *
 * @param staffLogin       the staff login acting (signs the requests)
 * @param staffName        the staff member's name, told to the family
 * @param overrideDeadline whether staff override the families' deadline ("hors délai")
 * @param overrideReason   why (required when overriding, at most {@link #MAX_REASON_LENGTH} characters)
 */
public record StaffActionCommand(FamilyId familyId, ChildId childId, UUID activityId, LocalDate day,
                                 String staffLogin, String staffName, boolean overrideDeadline,
                                 String overrideReason) {

    public static final int MAX_REASON_LENGTH = 300;

    public StaffActionCommand {
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(childId, "childId");
        Objects.requireNonNull(activityId, "activityId");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(staffLogin, "staffLogin");
        staffName = staffName == null || staffName.isBlank() ? staffLogin : staffName.strip();
        overrideReason = overrideReason == null ? "" : overrideReason.strip();
        if (overrideDeadline && overrideReason.isEmpty()) {
            throw new IllegalArgumentException("Overriding the deadline needs a reason");
        }
        if (overrideReason.length() > MAX_REASON_LENGTH) {
            throw new IllegalArgumentException("Reason longer than " + MAX_REASON_LENGTH);
        }
    }
}
