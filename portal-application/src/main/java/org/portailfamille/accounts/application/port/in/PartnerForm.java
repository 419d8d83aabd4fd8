package org.portailfamille.accounts.application.port.in;

import java.util.List;
import java.util.Map;

/** "Conjoint": the partner's fields. */
public record PartnerForm(AdultForm adult) implements FamilyChange {

    public static final List<String> FIELDS = AdultForm.FIELDS;

    public static PartnerForm fromFields(Map<String, String> values) {
        return new PartnerForm(AdultForm.fromFields(values));
    }

    @Override
    public Map<String, String> fields() {
        return adult.fields();
    }

    @Override
    public Map<String, String> problems() {
        return adult.problems();
    }
}
