package org.portailfamille.requests.application.port.in;

import org.jspecify.annotations.Nullable;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A request as pages show it. {@code status} is PENDING, ACCEPTED or REFUSED; {@code area} the code of an area of
 * the catalogue (e.g. ACCOUNT, CHILDREN); {@code shown} how pages present it. In every list, sensitive fields are
 * masked (their values replaced by {@link #MASKED}, the payload left out); only the audited staff detail shows them.
 */
public record RequestView(UUID id, String type, String area, @Nullable FamilyId familyId, @Nullable ChildId childId,
                          String submittedBy, Instant submittedAt, List<FieldChangeView> changes,
                          Map<String, String> payload, String status, @Nullable String decidedBy,
                          @Nullable Instant decidedAt, @Nullable String refusalReason, long version,
                          RequestPresentation shown) {

    /** The message key shown instead of a sensitive value. */
    public static final String MASKED = "requests.masked";

    public RequestView {
        changes = List.copyOf(changes);
        payload = Map.copyOf(payload);
    }

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
