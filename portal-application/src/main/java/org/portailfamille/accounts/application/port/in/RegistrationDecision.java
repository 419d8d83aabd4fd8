package org.portailfamille.accounts.application.port.in;

import org.jspecify.annotations.Nullable;

import java.util.Map;
import java.util.UUID;

/** Staff ({@code decidedBy}) decided on an account application: accepted, or refused with a reason. */
public record RegistrationDecision(UUID requestId, boolean accepted, Map<String, String> payload,
                                   @Nullable String refusalReason, String decidedBy) {
    public RegistrationDecision {
        payload = Map.copyOf(payload);
        decidedBy = decidedBy == null || decidedBy.isBlank() ? "—" : decidedBy;
    }

    public RegistrationDecision(UUID requestId, boolean accepted, Map<String, String> payload,
                                @Nullable String refusalReason) {
        this(requestId, accepted, payload, refusalReason, "—");
    }
}
