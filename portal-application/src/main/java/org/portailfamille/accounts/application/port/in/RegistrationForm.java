package org.portailfamille.accounts.application.port.in;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.portailfamille.accounts.application.port.in.FieldChecks.clean;

/**
 * "Nouvelle inscription": a family without credentials asks for an account: the guardian's "Infos Responsable"
 * fields (an e-mail address required), optionally a partner's names, up to {@value #MAX_CHILDREN} child rows
 * (first name, last name (the guardian's when left empty), birth date yyyy-MM-dd, sex, school and class; a row left
 * empty is no child) and a message, from an address. Accepted, each child row becomes a child of the new family.
 */
public record RegistrationForm(GuardianForm guardian, PartnerNames partner, List<ChildRow> children, String message,
                               String remoteAddress) {

    public static final int MAX_CHILDREN = 6;
    static final int MAX_MESSAGE = 2000;

    public RegistrationForm {
        if (children.size() > MAX_CHILDREN) {
            throw new IllegalArgumentException("At most " + MAX_CHILDREN + " child rows");
        }
        children = List.copyOf(children);
        message = clean(message);
    }

    /**
     * The form's values by field name: the guardian's ("Infos Responsable" names), "partnerCivility",
     * "partnerLastName", "partnerFirstName", "child1FirstName", "child1BirthDate" … and "message".
     */
    public static RegistrationForm fromFields(Map<String, String> values, String remoteAddress) {
        List<ChildRow> children = new java.util.ArrayList<>();
        for (int i = 1; i <= MAX_CHILDREN; i++) {
            String p = "child" + i;
            children.add(new ChildRow(values.get(p + "FirstName"), values.get(p + "LastName"), values.get(p + "BirthDate"),
                    values.get(p + "Sex"), values.get(p + "School"), values.get(p + "Class")));
        }
        return new RegistrationForm(GuardianForm.fromFields(values), PartnerNames.fromFields(values), children,
                values.get("message"), remoteAddress);
    }

    /**
     * A child row as typed; its problems are reported as "child<i>FirstName", "child<i>LastName",
     * "child<i>BirthDate", "child<i>Sex", "child<i>School", "child<i>Class" (i from 1). Names are kept in capitals.
     */
    public record ChildRow(String firstName, String lastName, String birthDate, String sex, String school,
                           String schoolClass) {
        public ChildRow {
            firstName = FieldChecks.upper(firstName);
            lastName = FieldChecks.upper(lastName);
            birthDate = ChildFieldChecks.isoDate(birthDate);
            sex = clean(sex);
            school = clean(school);
            schoolClass = clean(schoolClass);
        }

        public ChildRow(String firstName, String birthDate) {
            this(firstName, "", birthDate, "", "", "");
        }

        public boolean given() {
            return !firstName.isEmpty() || !lastName.isEmpty() || !birthDate.isEmpty() || !school.isEmpty()
                    || !schoolClass.isEmpty();
        }
    }

    /** Problem code per field in error; a child is born (not later than {@code today}) less than 18 years ago. */
    public Map<String, String> problems(LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>(guardian.problems());
        if (guardian.adult().email().isEmpty()) {
            problems.put("email", "required");
        }
        partner.collectProblems(problems);
        for (int i = 1; i <= children.size(); i++) {
            ChildRow child = children.get(i - 1);
            if (!child.given()) {
                continue;
            }
            String p = "child" + i;
            FieldChecks.name(problems, p + "FirstName", child.firstName());
            if (!child.lastName().isEmpty()) {
                FieldChecks.name(problems, p + "LastName", child.lastName());
            }
            LocalDate born = parseDate(child.birthDate());
            if (born == null || !ChildFieldChecks.isChildBirthDate(born, today)) {
                problems.put(p + "BirthDate", "childBirthDate");
            }
            if (!child.sex().equals("FEMALE") && !child.sex().equals("MALE")) {
                problems.put(p + "Sex", "choice");
            }
            ChildFieldChecks.text(problems, p + "School", child.school(), 100, false);
            ChildFieldChecks.text(problems, p + "Class", child.schoolClass(), 50, false);
        }
        if (message.length() > MAX_MESSAGE) {
            problems.put("message", "tooLong");
        } else if (message.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            problems.put("message", "characters");
        }
        return problems;
    }

    /** The child rows typed in, in order. */
    public List<ChildRow> givenChildren() {
        return children.stream().filter(ChildRow::given).toList();
    }

    private static LocalDate parseDate(String text) {
        try {
            return text.isEmpty() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
