package org.portailfamille.billing.application.port.spi;

import org.jspecify.annotations.Nullable;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A day a child used (or held) an activity, as the planning sees it now. Excused absences and closed days are not
 * billable and never appear.
 *
 * @param child        the child
 * @param family       its family
 * @param activityId   the activity
 * @param activityName its name
 * @param day          the day
 * @param kind         why the day is billable
 * @param lateBooking  booked late (after the family's deadline, by staff): a surcharge may apply
 * @param reasonCode   ABSENT_BILLED / ABSENCE_PENDING: the absence reason ("ILLNESS", …) or "UNDECLARED"; else null
 */
public record BillableDay(ChildId child, FamilyId family, UUID activityId, String activityName, LocalDate day,
                          Kind kind, boolean lateBooking, @Nullable String reasonCode) {

    public enum Kind {
        /** A booked day (asked, place offer, staff). */
        BOOKED,
        /** A day of the child's regular schedule. */
        REGULAR,
        /** An absence ruled billed, or an absence at the register without excuse. */
        ABSENT_BILLED,
        /** Present at the register without a booking. */
        PRESENT_WITHOUT_BOOKING,
        /** A declared absence not ruled yet: billing waits for the ruling. */
        ABSENCE_PENDING
    }

    public BillableDay {
        Objects.requireNonNull(child, "child");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(activityId, "activityId");
        Objects.requireNonNull(activityName, "activityName");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(kind, "kind");
    }
}
