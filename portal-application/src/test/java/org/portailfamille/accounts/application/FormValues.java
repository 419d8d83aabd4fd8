package org.portailfamille.accounts.application;

import java.util.HashMap;
import java.util.Map;

/** Test fixture: the values typed in a form, by field name, as a map the test may change further. */
public final class FormValues {

    private FormValues() {
    }

    /** A mutable map of the given field names and values, alternating: {@code of("lastName", "DUPONT", ...)}. */
    public static Map<String, String> of(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("A value for each field name");
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return values;
    }
}
