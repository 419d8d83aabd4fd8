package org.portailfamille.requests.application.port.in;

import org.jspecify.annotations.Nullable;
import org.portailfamille.shared.FamilyId;

/** The staff queue, optionally filtered by type and by family. */
public record RequestQueueQuery(@Nullable String type, @Nullable FamilyId familyId) {
}
