package org.portailfamille.planning.application.port.in;

import java.util.Objects;

/**
 * An absence staff declare for a family.
 *
 * @param action  the day, the child, who acts and whether the deadline is overridden
 * @param reason  PERSONAL, FAMILY_EVENT or OTHER (medical reasons need the family's certificate)
 * @param comment what the family said, at most 500 characters
 */
public record StaffAbsenceCommand(StaffActionCommand action, String reason, String comment) {
    public StaffAbsenceCommand {
        Objects.requireNonNull(action, "action");
        reason = reason == null ? "" : reason;
        comment = comment == null ? "" : comment;
    }
}
