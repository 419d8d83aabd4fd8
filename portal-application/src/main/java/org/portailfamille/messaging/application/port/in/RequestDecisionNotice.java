package org.portailfamille.messaging.application.port.in;

import org.jspecify.annotations.Nullable;
import org.portailfamille.shared.FamilyId;

import java.time.Instant;
import java.util.UUID;

/**
 * A decision on a family's request, to tell the family about.
 *
 * @param concernedDay the day the request is about (a booking's or an absence's day), null when none: the message
 *                     names it rather than only the day the request was made
 */
public record RequestDecisionNotice(UUID requestId, FamilyId familyId, String requestType, boolean accepted,
                                    @Nullable String refusalReason, Instant submittedAt,
                                    java.time.@Nullable LocalDate concernedDay) {

    public RequestDecisionNotice(UUID requestId, FamilyId familyId, String requestType, boolean accepted,
                                 @Nullable String refusalReason, Instant submittedAt) {
        this(requestId, familyId, requestType, accepted, refusalReason, submittedAt, null);
    }
}
