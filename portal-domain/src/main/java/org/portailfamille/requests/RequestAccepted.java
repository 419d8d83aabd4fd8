package org.portailfamille.requests;

import org.jspecify.annotations.Nullable;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;
import org.springframework.modulith.NamedInterface;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A member of staff accepted a request. The module owning {@code type} (its prefix, e.g. "accounts.")
 * applies the change; others may react (the family is told).
 */
@NamedInterface("events")
public record RequestAccepted(UUID requestId, String type, @Nullable FamilyId familyId, @Nullable ChildId childId,
                              Map<String, String> payload, String decidedBy, Instant decidedAt, Instant submittedAt) {
    public RequestAccepted {
        payload = Map.copyOf(payload);
    }
}
