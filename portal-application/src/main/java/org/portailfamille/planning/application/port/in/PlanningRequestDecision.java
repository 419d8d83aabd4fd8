package org.portailfamille.planning.application.port.in;

import org.jspecify.annotations.Nullable;

import java.util.Map;
import java.util.UUID;

/** A staff decision on a planning request ("planning.reservation" or "planning.absence"), with its payload. */
public record PlanningRequestDecision(UUID requestId, String type, Map<String, String> payload, boolean accepted,
                                      @Nullable String refusalReason) {
    public PlanningRequestDecision {
        payload = Map.copyOf(payload);
    }
}
