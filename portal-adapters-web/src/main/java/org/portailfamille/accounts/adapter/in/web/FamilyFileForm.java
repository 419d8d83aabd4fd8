package org.portailfamille.accounts.adapter.in.web;

import java.util.HashMap;
import java.util.Map;

/** Any Mon compte form: its values by field name (bound as {@code values[lastName]}). */
public class FamilyFileForm {

    private Map<String, String> values = new HashMap<>();

    public Map<String, String> getValues() {
        return values;
    }

    public void setValues(Map<String, String> values) {
        this.values = values;
    }
}
