package org.portailfamille.billing.domain;

import org.jspecify.annotations.Nullable;
import org.portailfamille.shared.ChildId;

import java.time.LocalDate;
import java.util.UUID;

/** An anomaly of a family in a run. */
public record Anomaly(RunAnomalyCode code, @Nullable ChildId child, @Nullable UUID activityId, @Nullable LocalDate day) {
}
