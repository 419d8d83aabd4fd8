package org.portailfamille.billing.domain;

import org.jspecify.annotations.Nullable;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A billable day as the planning reports it (see the billing spi). */
public record UsageDay(ChildId child, FamilyId family, UUID activityId, String activityName, LocalDate day,
                       Usage usage, boolean lateBooking, @Nullable String reasonCode) {
    public UsageDay {
        Objects.requireNonNull(child, "child");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(activityId, "activityId");
        Objects.requireNonNull(activityName, "activityName");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(usage, "usage");
    }
}
