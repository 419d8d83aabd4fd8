package org.portailfamille.billing.domain;

import org.portailfamille.shared.ChildId;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** What an invoice line bills: a child's day of an activity, and which part of its price. Billed at most once at a time. */
public record LineKey(ChildId child, UUID activityId, LocalDate day, LineComponent component) {
    public LineKey {
        Objects.requireNonNull(child, "child");
        Objects.requireNonNull(activityId, "activityId");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(component, "component");
    }
}
