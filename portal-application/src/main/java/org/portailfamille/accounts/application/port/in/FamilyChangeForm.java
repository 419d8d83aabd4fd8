package org.portailfamille.accounts.application.port.in;

import org.portailfamille.shared.FamilyId;

import java.util.Map;

/**
 * A Mon compte form as typed: which form ({@code kind}: GUARDIAN, PARTNER, TAX, CAF, BANK), the family, who
 * submits it, and the field values by field name (the names of {@link FamilyFile}'s parts, e.g. "lastName",
 * "postcode", "referenceIncome", "iban"). Checkboxes are "true" when ticked.
 */
public record FamilyChangeForm(String kind, FamilyId familyId, String submittedBy, Map<String, String> values) {
    public FamilyChangeForm {
        values = Map.copyOf(values);
    }
}
