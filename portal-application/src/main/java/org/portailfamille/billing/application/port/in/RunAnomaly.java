package org.portailfamille.billing.application.port.in;

import org.jspecify.annotations.Nullable;
import org.portailfamille.shared.ChildId;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Something staff should look at before issuing.
 *
 * @param code     NO_QUOTIENT (family billed at the highest bracket), NO_TARIFF (a billable day of an activity
 *                 without a tariff on that day: not billed), ABSENCE_PENDING (an absence not ruled yet: the day waits
 *                 for the next run)
 * @param childId  the child concerned, if any
 * @param activityId the activity concerned, if any
 * @param day      the day concerned, if any
 */
public record RunAnomaly(String code, @Nullable ChildId childId, @Nullable UUID activityId, @Nullable LocalDate day) {
}
