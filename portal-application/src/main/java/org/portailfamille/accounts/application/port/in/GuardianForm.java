package org.portailfamille.accounts.application.port.in;

import org.portailfamille.accounts.domain.GuardianRole;
import org.portailfamille.accounts.domain.MaritalStatus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.portailfamille.accounts.application.port.in.FieldChecks.check;
import static org.portailfamille.accounts.application.port.in.FieldChecks.clean;
import static org.portailfamille.accounts.application.port.in.FieldChecks.get;

/** "Infos Responsable": the guardian's fields, with their role in the family and marital status (codes). */
public record GuardianForm(AdultForm adult, String guardianRole, String maritalStatus) implements FamilyChange {

    /** The field names, in the order of the form. */
    public static final List<String> FIELDS;

    static {
        java.util.ArrayList<String> fields = new java.util.ArrayList<>(AdultForm.FIELDS);
        fields.add(3, "guardianRole");
        fields.add(4, "maritalStatus");
        FIELDS = List.copyOf(fields);
    }

    public GuardianForm {
        guardianRole = clean(guardianRole);
        maritalStatus = clean(maritalStatus);
    }

    public static GuardianForm fromFields(Map<String, String> values) {
        return new GuardianForm(AdultForm.fromFields(values), get(values, "guardianRole"),
                get(values, "maritalStatus"));
    }

    @Override
    public Map<String, String> fields() {
        Map<String, String> adultFields = adult.fields();
        Map<String, String> fields = new LinkedHashMap<>();
        FIELDS.forEach(field -> fields.put(field, switch (field) {
            case "guardianRole" -> guardianRole;
            case "maritalStatus" -> maritalStatus;
            default -> adultFields.get(field);
        }));
        return fields;
    }

    @Override
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        adult.nameProblems(problems);
        check(problems, "guardianRole", guardianRole, true, 0,
                value -> FieldChecks.isOneOf(value, GuardianRole.values()), "choice");
        check(problems, "maritalStatus", maritalStatus, true, 0,
                value -> FieldChecks.isOneOf(value, MaritalStatus.values()), "choice");
        adult.contactProblems(problems);
        return problems;
    }

    /** The guardian's display name: first name, then last name. */
    public String displayName() {
        return adult.firstName() + " " + adult.lastName();
    }
}
