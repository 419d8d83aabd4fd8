package org.portailfamille.planning.application.port.in;

import org.jspecify.annotations.Nullable;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A day a child used or held an activity, for billing.
 *
 * @param kind        BOOKED, REGULAR, ABSENT_BILLED, PRESENT_WITHOUT_BOOKING or ABSENCE_PENDING
 * @param lateBooking the day was booked after the families' booking deadline (by staff: the portal refuses families
 *                    past it); never set on a presence without booking
 * @param reasonCode  ABSENT_BILLED / ABSENCE_PENDING: the absence reason, or "UNDECLARED"
 */
public record BillableDayView(ChildId child, FamilyId family, UUID activityId, String activityName, LocalDate day,
                              String kind, boolean lateBooking, @Nullable String reasonCode) {
}
