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
 * (first name and birth date yyyy-MM-dd; a row left empty is no child) and a message, from an address.
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
            children.add(new ChildRow(values.get("child" + i + "FirstName"), values.get("child" + i + "BirthDate")));
        }
        return new RegistrationForm(GuardianForm.fromFields(values), PartnerNames.fromFields(values), children,
                values.get("message"), remoteAddress);
    }

    /** A child row as typed; its problems are reported as "child<i>FirstName", "child<i>BirthDate" (i from 1). */
    public record ChildRow(String firstName, String birthDate) {
        public ChildRow {
            firstName = clean(firstName);
            birthDate = clean(birthDate);
        }

        public boolean given() {
            return !firstName.isEmpty() || !birthDate.isEmpty();
        }
    }

    /** Problem code per field in error; a child is born at most 18 years before {@code today}, or due within 9 months. */
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
            FieldChecks.name(problems, "child" + i + "FirstName", child.firstName());
            LocalDate born = parseDate(child.birthDate());
            if (born == null || born.isAfter(today.plusMonths(9)) || born.isBefore(today.minusYears(18))) {
                problems.put("child" + i + "BirthDate", "birthDate");
            }
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
