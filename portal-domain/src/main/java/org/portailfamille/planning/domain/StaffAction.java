package org.portailfamille.planning.domain;

import org.portailfamille.planning.ActivityId;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * Something a member of staff did on a family's planning on its behalf (a parent on the phone, a regularisation):
 * who did it, when, and whether the families' deadline was overridden, with the reason staff gave (ADR 0032).
 *
 * @param deadlineOverridden whether the families' booking or cancellation deadline (or the last day to declare an
 *                           absence) had passed and staff overrode it; a reason is then required
 * @param reason             why the deadline was overridden (empty when it was not)
 */
public record StaffAction(UUID id, FamilyId family, ChildId child, ActivityId activity, LocalDate day, Kind kind,
                          String staffLogin, String staffName, boolean deadlineOverridden, String reason,
                          Instant actedAt) {

    /** The longest reason kept. */
    public static final int MAX_REASON_LENGTH = 300;

    /** What staff did. */
    public enum Kind {
        BOOKED, CANCELLED, ABSENCE_DECLARED
    }

    public StaffAction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(child, "child");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(staffLogin, "staffLogin");
        Objects.requireNonNull(staffName, "staffName");
        Objects.requireNonNull(actedAt, "actedAt");
        reason = reason == null ? "" : reason.strip();
        if (deadlineOverridden && reason.isEmpty()) {
            throw new IllegalArgumentException("Overriding a deadline needs a reason");
        }
        if (reason.length() > MAX_REASON_LENGTH) {
            throw new IllegalArgumentException("Reason longer than " + MAX_REASON_LENGTH);
        }
        if (!deadlineOverridden) {
            reason = "";
        }
    }
}
