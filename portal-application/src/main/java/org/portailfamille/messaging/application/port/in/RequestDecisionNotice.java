package org.portailfamille.messaging.application.port.in;

import org.jspecify.annotations.Nullable;
import org.portailfamille.shared.FamilyId;

import java.time.Instant;
import java.util.UUID;

/** A decision on a family's request, to tell the family about. */
public record RequestDecisionNotice(UUID requestId, FamilyId familyId, String requestType, boolean accepted,
                                    @Nullable String refusalReason, Instant submittedAt) {
}
