package org.portailfamille.accounts.application.port.in;

import org.jspecify.annotations.Nullable;
import org.portailfamille.shared.FamilyId;

import java.util.Map;
import java.util.UUID;

/** An accepted request of an "accounts." type, to apply to the family file. */
public record ApplyFamilyRequestCommand(UUID requestId, String type, @Nullable FamilyId familyId,
                                        Map<String, String> payload) {
    public ApplyFamilyRequestCommand {
        payload = Map.copyOf(payload);
    }
}
