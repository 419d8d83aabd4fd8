package org.portailfamille.accounts.application.port.in;

import org.jspecify.annotations.Nullable;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.util.Map;

/**
 * A form about a child as typed: which form ({@code kind}: IDENTITY, AUTHORISATIONS, PERSONS, HEALTH for a child's
 * file, REGISTRATION for "Ajouter un enfant", whose {@code childId} is null), the family, who submits it, and the
 * values by field name (e.g. "firstName", "birthDate", "allergies", "person0Name"). Checkboxes are "true" when
 * ticked.
 */
public record ChildChangeForm(String kind, FamilyId familyId, @Nullable ChildId childId, String submittedBy,
                              Map<String, String> values) {
    public ChildChangeForm {
        values = Map.copyOf(values);
    }
}
