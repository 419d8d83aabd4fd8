package org.portailfamille.accounts.application.port.in;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.portailfamille.accounts.application.port.in.FieldChecks.get;
import static org.portailfamille.accounts.application.port.in.FieldChecks.ticked;

/** "Autorisations": image rights and outings. Two checkboxes: never invalid. */
public record AuthorisationsForm(boolean imageAuthorisation, boolean outingAuthorisation) implements ChildChange {

    public static AuthorisationsForm fromFields(Map<String, String> v) {
        return new AuthorisationsForm(ticked(get(v, "imageAuthorisation")), ticked(get(v, "outingAuthorisation")));
    }

    @Override
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("imageAuthorisation", Boolean.toString(imageAuthorisation));
        fields.put("outingAuthorisation", Boolean.toString(outingAuthorisation));
        return fields;
    }

    @Override
    public Map<String, String> problems(LocalDate today) {
        return Map.of();
    }
}
