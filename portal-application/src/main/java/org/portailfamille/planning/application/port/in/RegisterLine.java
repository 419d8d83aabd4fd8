package org.portailfamille.planning.application.port.in;

import org.jspecify.annotations.Nullable;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

/**
 * One child of a daily register: expected (an active reservation, a regular day among them) or recorded without a
 * booking, with the absence the family declared and the current mark.
 *
 * @param child          the child, by id (names come from the accounts module)
 * @param family         the child's family
 * @param booked         whether the child has an active reservation that day
 * @param regular        whether that reservation is a day of the regular schedule
 * @param absenceStatus  the declared absence's status (PENDING, EXCUSED, BILLED), null when none
 * @param absenceReason  its reason (ILLNESS, HOSPITALISATION, PERSONAL, FAMILY_EVENT, OTHER), null when none
 * @param mark           the current mark (PRESENT, ABSENT), null while not marked
 * @param outcome        the current outcome (PRESENT_ON_BOOKING, PRESENT_WITHOUT_BOOKING, ABSENT_EXCUSED,
 *                       ABSENT_BILLED), null while not marked
 */
public record RegisterLine(ChildId child, FamilyId family, boolean booked, boolean regular,
                           @Nullable String absenceStatus, @Nullable String absenceReason, @Nullable String mark,
                           @Nullable String outcome) {

    /** Present without a booking: recorded, flagged for staff and billed. */
    public boolean flagged() {
        return "PRESENT_WITHOUT_BOOKING".equals(outcome);
    }
}
