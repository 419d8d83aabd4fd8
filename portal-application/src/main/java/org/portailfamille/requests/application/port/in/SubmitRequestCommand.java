package org.portailfamille.requests.application.port.in;

import org.jspecify.annotations.Nullable;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.util.List;
import java.util.Map;

/**
 * A demand to submit: its type ("accounts.guardian"), area ("ACCOUNT" or "CHILDREN"), family and child when
 * relevant, who submits it, the changes for display and the payload for the owning module.
 */
public record SubmitRequestCommand(String type, String area, @Nullable FamilyId familyId, @Nullable ChildId childId,
                                   String submittedBy, List<FieldChangeView> changes, Map<String, String> payload) {
    public SubmitRequestCommand {
        changes = List.copyOf(changes);
        payload = Map.copyOf(payload);
    }
}
