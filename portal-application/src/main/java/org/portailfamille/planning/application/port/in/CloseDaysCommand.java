package org.portailfamille.planning.application.port.in;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Staff close days of a facility (all its activities, {@code activityId} null) or of one of its activities.
 * {@code reason} is STRIKE, WORKS, BRIDGE_DAY or OTHER (then {@code details} says which).
 */
public record CloseDaysCommand(UUID facilityId, @Nullable UUID activityId, LocalDate firstDay, LocalDate lastDay,
                               String reason, String details) {
}
