package org.portailfamille.accounts.application.port.in;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.portailfamille.accounts.application.port.in.FieldChecks.bool;
import static org.portailfamille.accounts.application.port.in.FieldChecks.get;
import static org.portailfamille.accounts.application.port.in.FieldChecks.ticked;

/** "Ajouter un enfant": the new child's identity and the services wanted (at least one). */
public record AddChildForm(ChildIdentityForm identity, boolean serviceLeisure, boolean serviceAfterSchool,
                           boolean serviceCanteen) implements ChildChange {

    public static final List<String> SERVICES = List.of("serviceLeisure", "serviceAfterSchool", "serviceCanteen");

    public static AddChildForm fromFields(Map<String, String> v) {
        return new AddChildForm(ChildIdentityForm.fromFields(v), ticked(get(v, "serviceLeisure")),
                ticked(get(v, "serviceAfterSchool")), ticked(get(v, "serviceCanteen")));
    }

    @Override
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>(identity.fields());
        fields.put("serviceLeisure", bool(serviceLeisure));
        fields.put("serviceAfterSchool", bool(serviceAfterSchool));
        fields.put("serviceCanteen", bool(serviceCanteen));
        return fields;
    }

    @Override
    public Map<String, String> problems(LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>(identity.problems(today));
        if (!serviceLeisure && !serviceAfterSchool && !serviceCanteen) {
            problems.put("serviceLeisure", "services");
        }
        return problems;
    }
}
