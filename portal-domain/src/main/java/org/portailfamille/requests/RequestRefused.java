package org.portailfamille.requests;

import org.jspecify.annotations.Nullable;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;
import org.springframework.modulith.NamedInterface;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A member of staff refused a request, with a reason the family will read. */
@NamedInterface("events")
public record RequestRefused(UUID requestId, String type, @Nullable FamilyId familyId, @Nullable ChildId childId,
                             Map<String, String> payload, String reason, String decidedBy, Instant decidedAt,
                             Instant submittedAt) {
    public RequestRefused {
        payload = Map.copyOf(payload);
    }
}
