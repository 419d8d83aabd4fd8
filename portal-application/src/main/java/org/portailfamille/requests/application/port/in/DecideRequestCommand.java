package org.portailfamille.requests.application.port.in;

import org.jspecify.annotations.Nullable;

import java.util.UUID;

/**
 * A staff decision on the version of the request the agent saw. {@code refusalReason} is required to refuse
 * and ignored to accept.
 */
public record DecideRequestCommand(UUID requestId, long seenVersion, boolean accept, String decidedBy,
                                   @Nullable String refusalReason) {
}
