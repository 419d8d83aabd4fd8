package org.portailfamille.accounts.application.port.in;

import org.jspecify.annotations.Nullable;
import org.portailfamille.shared.ChildId;

import java.time.Instant;

/**
 * A line of a family's history as staff read it: when, who, why, about what ("family" or a child's name), which
 * field (a message key) and its old and new values ({@code coded} values are message keys too).
 */
public record FamilyHistoryLine(Instant changedAt, String actor, String reason, String subject,
                                @Nullable ChildId childId, String fieldKey, String oldValue, String newValue,
                                boolean coded) {

    public boolean aboutFamily() {
        return childId == null;
    }
}
