package org.portailfamille.accounts.application.port.in;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.portailfamille.accounts.application.port.in.FieldChecks.clean;
import static org.portailfamille.accounts.application.port.in.FieldChecks.fieldsOf;
import static org.portailfamille.accounts.application.port.in.FieldChecks.get;
import static org.portailfamille.accounts.application.port.in.FieldChecks.upper;

/** "Informations enfant": names (in capitals), birth date (stored as 2019-03-15), sex (a code), school, class. */
public record ChildIdentityForm(String lastName, String firstName, String birthDate, String sex, String school,
                                String schoolClass) implements ChildChange {

    public static final List<String> FIELDS = List.of("lastName", "firstName", "birthDate", "sex", "school",
            "schoolClass");

    public ChildIdentityForm {
        lastName = upper(lastName);
        firstName = upper(firstName);
        birthDate = ChildFieldChecks.isoDate(birthDate);
        sex = clean(sex);
        school = clean(school);
        schoolClass = clean(schoolClass);
    }

    public static ChildIdentityForm fromFields(Map<String, String> v) {
        return new ChildIdentityForm(get(v, "lastName"), get(v, "firstName"), get(v, "birthDate"), get(v, "sex"),
                get(v, "school"), get(v, "schoolClass"));
    }

    @Override
    public Map<String, String> fields() {
        return fieldsOf(FIELDS, lastName, firstName, birthDate, sex, school, schoolClass);
    }

    @Override
    public Map<String, String> problems(LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        ChildFieldChecks.identity(problems, lastName, firstName, birthDate, sex, school, schoolClass, today);
        return problems;
    }

    /** The birth date of a valid form. */
    public LocalDate born() {
        return LocalDate.parse(birthDate);
    }
}
