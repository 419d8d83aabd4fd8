package org.portailfamille.accounts.application.port.in;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.portailfamille.accounts.application.port.in.FieldChecks.clean;
import static org.portailfamille.accounts.application.port.in.FieldChecks.get;
import static org.portailfamille.accounts.application.port.in.FieldChecks.ticked;

/** "Données sanitaires": doctor, allergies (several lines), diet, PAI, vaccinations, glasses, remarks. */
public record HealthForm(String doctorName, String doctorPhone, String allergies, String diet, boolean pai,
                         boolean vaccinationsUpToDate, boolean glasses, String remarks) implements ChildChange {

    public HealthForm {
        doctorName = clean(doctorName);
        doctorPhone = clean(doctorPhone);
        allergies = clean(allergies);
        diet = clean(diet);
        remarks = clean(remarks);
    }

    public static HealthForm fromFields(Map<String, String> v) {
        return new HealthForm(get(v, "doctorName"), get(v, "doctorPhone"), get(v, "allergies"), get(v, "diet"),
                ticked(get(v, "pai")), ticked(get(v, "vaccinationsUpToDate")), ticked(get(v, "glasses")),
                get(v, "remarks"));
    }

    @Override
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("doctorName", doctorName);
        fields.put("doctorPhone", doctorPhone);
        fields.put("allergies", allergies);
        fields.put("diet", diet);
        fields.put("pai", Boolean.toString(pai));
        fields.put("vaccinationsUpToDate", Boolean.toString(vaccinationsUpToDate));
        fields.put("glasses", Boolean.toString(glasses));
        fields.put("remarks", remarks);
        return fields;
    }

    @Override
    public Map<String, String> problems(LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        FieldChecks.personName(problems, "doctorName", doctorName, false, 100);
        ChildFieldChecks.text(problems, "doctorPhone", doctorPhone, 20, false);
        if (!problems.containsKey("doctorPhone")) {
            FieldChecks.phone(problems, "doctorPhone", doctorPhone, 0);
        }
        ChildFieldChecks.text(problems, "allergies", allergies, 500, true);
        ChildFieldChecks.text(problems, "diet", diet, 100, false);
        ChildFieldChecks.text(problems, "remarks", remarks, 1000, true);
        if (!problems.containsKey("doctorPhone") && !doctorPhone.isEmpty() && doctorName.isEmpty()) {
            problems.put("doctorName", "doctorNameForPhone");
        }
        return problems;
    }
}
