package org.portailfamille.accounts.application.port.in;

import org.jspecify.annotations.Nullable;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.util.Map;
import java.util.UUID;

/** An accepted (or to-be-decided) request of an "accounts.child-" type. */
public record ApplyChildRequestCommand(UUID requestId, String type, @Nullable FamilyId familyId,
                                       @Nullable ChildId childId, Map<String, String> payload) {
    public ApplyChildRequestCommand {
        payload = Map.copyOf(payload);
    }
}
