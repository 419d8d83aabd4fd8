package org.portailfamille.requests.application.port.in;

import org.jspecify.annotations.Nullable;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A request as pages show it. {@code status} is PENDING, ACCEPTED or REFUSED; {@code area} ACCOUNT or CHILDREN.
 */
public record RequestView(UUID id, String type, String area, @Nullable FamilyId familyId, @Nullable ChildId childId,
                          String submittedBy, Instant submittedAt, List<FieldChangeView> changes,
                          Map<String, String> payload, String status, @Nullable String decidedBy,
                          @Nullable Instant decidedAt, @Nullable String refusalReason, long version) {

    public boolean isPending() {
        return "PENDING".equals(status);
    }

    public boolean isAccepted() {
        return "ACCEPTED".equals(status);
    }

    public boolean isRefused() {
        return "REFUSED".equals(status);
    }
}
