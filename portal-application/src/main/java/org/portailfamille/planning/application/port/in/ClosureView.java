package org.portailfamille.planning.application.port.in;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A closure of a facility ({@code activityId} null) or of one of its activities. {@code reason} is STRIKE, WORKS,
 * BRIDGE_DAY or OTHER.
 */
public record ClosureView(long id, UUID facilityId, @Nullable UUID activityId, LocalDate firstDay, LocalDate lastDay,
                          String reason, String details) {
}
