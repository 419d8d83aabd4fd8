package org.portailfamille.accounts.application.service;

import org.portailfamille.accounts.domain.AuthorisedPerson;
import org.portailfamille.accounts.domain.Child;
import org.portailfamille.accounts.domain.ContactRules;
import org.portailfamille.accounts.domain.HealthRecord;
import org.portailfamille.accounts.domain.Sex;
import org.portailfamille.requests.application.port.in.FieldChangeView;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The forms about a child ("Informations enfant", "Autorisations", "Personnes autorisées", "Données sanitaires",
 * and "Ajouter un enfant"): their fields, the current values in a child's file, how typed values are normalised
 * and checked, the changes shown to staff, and how accepted values are applied.
 *
 * <p>Authorised persons are typed as rows {@code person<i>Name}, {@code person<i>Relationship},
 * {@code person<i>Phone}, {@code person<i>MayPickUp}, {@code person<i>EmergencyContact} and
 * {@code person<i>Remove} (i from 0); a row left empty or ticked "remove" is not kept. They are stored in the
 * request as {@code personCount} and {@code person.<j>.name} etc.</p>
 */
final class ChildFileFields {

    /** The forms about a child and the request type each one submits. */
    enum Kind {
        IDENTITY("accounts.child-identity", List.of("lastName", "firstName", "birthDate", "sex", "school",
                "schoolClass")),
        AUTHORISATIONS("accounts.child-authorisations", List.of("imageAuthorisation", "outingAuthorisation")),
        PERSONS("accounts.child-persons", List.of()),
        HEALTH("accounts.child-health", List.of("doctorName", "doctorPhone", "allergies", "diet", "pai",
                "vaccinationsUpToDate", "glasses", "remarks")),
        REGISTRATION("accounts.child-registration", List.of("lastName", "firstName", "birthDate", "sex", "school",
                "schoolClass", "serviceLeisure", "serviceAfterSchool", "serviceCanteen"));

        final String type;
        final List<String> fields;

        Kind(String type, List<String> fields) {
            this.type = type;
            this.fields = fields;
        }

        static Optional<Kind> ofType(String type) {
            return Arrays.stream(values()).filter(kind -> kind.type.equals(type)).findFirst();
        }
    }

    static final String PERSON_PREFIX = "person";
    static final List<String> PERSON_PARTS = List.of("Name", "Relationship", "Phone", "MayPickUp", "EmergencyContact");
    static final List<String> SERVICES = List.of("serviceLeisure", "serviceAfterSchool", "serviceCanteen");
    static final int MAX_AGE_YEARS = 18;

    private static final List<String> CHECKBOXES = List.of("imageAuthorisation", "outingAuthorisation", "pai",
            "vaccinationsUpToDate", "glasses", "serviceLeisure", "serviceAfterSchool", "serviceCanteen");
    private static final Map<String, Integer> MAX_LENGTHS = Map.of("lastName", 100, "firstName", 100, "school", 100,
            "schoolClass", 50, "doctorName", 100, "doctorPhone", 20, "allergies", 500, "diet", 100, "remarks", 1000);
    private static final List<String> MULTILINE = List.of("allergies", "remarks");
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private ChildFileFields() {
    }

    // ---- current values ----------------------------------------------------------------------------------

    /** The current values of a kind's fields (for PERSONS: personCount and person.<j>.<part>). */
    static Map<String, String> current(Kind kind, Child child) {
        Map<String, String> values = new LinkedHashMap<>();
        switch (kind) {
            case IDENTITY -> {
                values.put("lastName", child.lastName());
                values.put("firstName", child.firstName());
                values.put("birthDate", child.birthDate().toString());
                values.put("sex", child.sex().name());
                values.put("school", child.school());
                values.put("schoolClass", child.schoolClass());
            }
            case AUTHORISATIONS -> {
                values.put("imageAuthorisation", Boolean.toString(child.imageAuthorisation()));
                values.put("outingAuthorisation", Boolean.toString(child.outingAuthorisation()));
            }
            case PERSONS -> values.putAll(serialise(child.authorisedPersons()));
            case HEALTH -> {
                HealthRecord h = child.healthRecord();
                values.put("doctorName", h.doctorName());
                values.put("doctorPhone", h.doctorPhone());
                values.put("allergies", h.allergies());
                values.put("diet", h.diet());
                values.put("pai", Boolean.toString(h.pai()));
                values.put("vaccinationsUpToDate", Boolean.toString(h.vaccinationsUpToDate()));
                values.put("glasses", Boolean.toString(h.glasses()));
                values.put("remarks", h.remarks());
            }
            case REGISTRATION -> throw new IllegalArgumentException("A child to add has no current file");
        }
        return values;
    }

    static Map<String, String> serialise(List<AuthorisedPerson> persons) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("personCount", Integer.toString(persons.size()));
        for (int j = 0; j < persons.size(); j++) {
            AuthorisedPerson p = persons.get(j);
            values.put("person." + j + ".name", p.name());
            values.put("person." + j + ".relationship", p.relationship());
            values.put("person." + j + ".phone", p.phone());
            values.put("person." + j + ".mayPickUp", Boolean.toString(p.mayPickUp()));
            values.put("person." + j + ".emergencyContact", Boolean.toString(p.emergencyContact()));
        }
        return values;
    }

    static List<AuthorisedPerson> persons(Map<String, String> serialised) {
        int count = Integer.parseInt(serialised.getOrDefault("personCount", "0"));
        List<AuthorisedPerson> persons = new ArrayList<>();
        for (int j = 0; j < count; j++) {
            persons.add(new AuthorisedPerson(serialised.get("person." + j + ".name"),
                    serialised.get("person." + j + ".relationship"), serialised.get("person." + j + ".phone"),
                    Boolean.parseBoolean(serialised.get("person." + j + ".mayPickUp")),
                    Boolean.parseBoolean(serialised.get("person." + j + ".emergencyContact"))));
        }
        return persons;
    }

    // ---- typed values ------------------------------------------------------------------------------------

    /** The typed values of a kind's fields, trimmed, checkboxes as "true"/"false", names in capitals. */
    static Map<String, String> normalise(Kind kind, Map<String, String> typed) {
        Map<String, String> values = new LinkedHashMap<>();
        if (kind == Kind.PERSONS) {
            for (int i = 0; i < Child.MAX_AUTHORISED_PERSONS + 1; i++) {
                for (String part : PERSON_PARTS) {
                    values.put(PERSON_PREFIX + i + part, clean(PERSON_PREFIX + i + part, typed));
                }
                values.put(PERSON_PREFIX + i + "Remove", clean(PERSON_PREFIX + i + "Remove", typed));
            }
            return values;
        }
        for (String field : kind.fields) {
            values.put(field, clean(field, typed));
        }
        if (values.containsKey("birthDate")) {
            values.put("birthDate", parseDate(values.get("birthDate")).map(LocalDate::toString)
                    .orElse(values.get("birthDate")));
        }
        return values;
    }

    private static String clean(String field, Map<String, String> typed) {
        String value = typed.getOrDefault(field, "");
        value = value == null ? "" : value.strip();
        if (CHECKBOXES.contains(field) || field.endsWith("MayPickUp") || field.endsWith("EmergencyContact")
                || field.endsWith("Remove")) {
            return Boolean.toString("true".equals(value) || "on".equals(value));
        }
        if (field.equals("lastName") || field.equals("firstName") || field.endsWith("Name")
                && field.startsWith(PERSON_PREFIX)) {
            return value.toUpperCase(Locale.FRENCH);
        }
        return value;
    }

    /** A date typed as 2019-03-15 (a date field) or 15/03/2019. */
    static Optional<LocalDate> parseDate(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException notIso) {
            try {
                return Optional.of(LocalDate.parse(text, FRENCH_DATE));
            } catch (DateTimeParseException notFrench) {
                return Optional.empty();
            }
        }
    }

    /** Problem code per field in error, in the order of the form. */
    static Map<String, String> problems(Kind kind, Map<String, String> values, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (kind == Kind.PERSONS) {
            personProblems(values, problems);
            return problems;
        }
        for (String field : kind.fields) {
            String value = values.get(field);
            String problem = problem(field, value, today);
            if (problem != null) {
                problems.put(field, problem);
            }
        }
        if (kind == Kind.HEALTH && !problems.containsKey("doctorPhone") && !values.get("doctorPhone").isEmpty()
                && values.get("doctorName").isEmpty()) {
            problems.put("doctorName", "doctorNameForPhone");
        }
        if (kind == Kind.REGISTRATION && SERVICES.stream().noneMatch(s -> "true".equals(values.get(s)))) {
            problems.put(SERVICES.get(0), "services");
        }
        return problems;
    }

    private static String problem(String field, String value, LocalDate today) {
        boolean multiline = MULTILINE.contains(field);
        if (value.chars().anyMatch(c -> Character.isISOControl(c) && !(multiline && (c == '\n' || c == '\r')))) {
            return "characters";
        }
        if (value.isEmpty()) {
            return switch (field) {
                case "lastName", "firstName", "birthDate", "sex" -> "required";
                default -> null;
            };
        }
        Integer max = MAX_LENGTHS.get(field);
        if (max != null && value.length() > max) {
            return "tooLong";
        }
        return switch (field) {
            case "sex" -> Arrays.stream(Sex.values()).anyMatch(sex -> sex.name().equals(value)) ? null : "choice";
            case "birthDate" -> parseDate(value).filter(date -> isChildBirthDate(date, today)).isPresent() ? null
                    : "childBirthDate";
            case "doctorPhone" -> ContactRules.isValidPhone(value) ? null : "phone";
            default -> null;
        };
    }

    static boolean isChildBirthDate(LocalDate date, LocalDate today) {
        return !date.isAfter(today) && date.isAfter(today.minusYears(MAX_AGE_YEARS)) && date.getYear() >= 1900;
    }

    private static void personProblems(Map<String, String> values, Map<String, String> problems) {
        int kept = 0;
        for (int i = 0; i < Child.MAX_AUTHORISED_PERSONS + 1; i++) {
            String row = PERSON_PREFIX + i;
            if (!isKept(values, i)) {
                continue;
            }
            kept++;
            if (kept > Child.MAX_AUTHORISED_PERSONS) {
                problems.put(row + "Name", "tooManyPersons");
                continue;
            }
            textProblem(row + "Name", values.get(row + "Name"), 100, problems);
            textProblem(row + "Relationship", values.get(row + "Relationship"), 50, problems);
            String phone = values.get(row + "Phone");
            textProblem(row + "Phone", phone, 20, problems);
            if (!problems.containsKey(row + "Phone") && !ContactRules.isValidPhone(phone)) {
                problems.put(row + "Phone", "phone");
            }
            if (!"true".equals(values.get(row + "MayPickUp")) && !"true".equals(values.get(row + "EmergencyContact"))) {
                problems.put(row + "MayPickUp", "personRole");
            }
        }
    }

    private static void textProblem(String field, String value, int max, Map<String, String> problems) {
        if (value.chars().anyMatch(Character::isISOControl)) {
            problems.put(field, "characters");
        } else if (value.isEmpty()) {
            problems.put(field, "required");
        } else if (value.length() > max) {
            problems.put(field, "tooLong");
        }
    }

    /** A typed row is kept when it is not marked "remove" and any of its texts is filled in. */
    private static boolean isKept(Map<String, String> values, int i) {
        String row = PERSON_PREFIX + i;
        return !"true".equals(values.get(row + "Remove")) && !(values.get(row + "Name").isEmpty()
                && values.get(row + "Relationship").isEmpty() && values.get(row + "Phone").isEmpty());
    }

    /** The kind's values in the form they are stored in the request (PERSONS: the kept rows, serialised). */
    static Map<String, String> stored(Kind kind, Map<String, String> values) {
        if (kind != Kind.PERSONS) {
            return new LinkedHashMap<>(values);
        }
        List<AuthorisedPerson> persons = new ArrayList<>();
        for (int i = 0; i < Child.MAX_AUTHORISED_PERSONS + 1; i++) {
            String row = PERSON_PREFIX + i;
            if (isKept(values, i)) {
                persons.add(new AuthorisedPerson(values.get(row + "Name"), values.get(row + "Relationship"),
                        values.get(row + "Phone"), "true".equals(values.get(row + "MayPickUp")),
                        "true".equals(values.get(row + "EmergencyContact"))));
            }
        }
        return serialise(persons);
    }

    // ---- changes shown to staff and parents --------------------------------------------------------------

    /** The changes from {@code before} to {@code after} (stored forms), for display. */
    static List<FieldChangeView> changes(Kind kind, Map<String, String> before, Map<String, String> after) {
        List<FieldChangeView> changes = new ArrayList<>();
        if (kind == Kind.PERSONS) {
            personChanges(persons(before), persons(after), changes);
            return changes;
        }
        for (String field : kind.fields) {
            String old = before.getOrDefault(field, "");
            String now = after.get(field);
            if (kind == Kind.REGISTRATION && SERVICES.contains(field) && !"true".equals(now)) {
                continue;
            }
            if (!old.equals(now)) {
                changes.add(new FieldChangeView("field." + field, display(field, old), display(field, now),
                        isCoded(field)));
            }
        }
        return changes;
    }

    private static void personChanges(List<AuthorisedPerson> before, List<AuthorisedPerson> after,
                                      List<FieldChangeView> changes) {
        for (AuthorisedPerson old : before) {
            if (after.contains(old)) {
                continue;
            }
            Optional<AuthorisedPerson> renewed = after.stream().filter(p -> p.name().equals(old.name())
                    && !before.contains(p)).findFirst();
            changes.add(new FieldChangeView("field.authorisedPerson", summary(old),
                    renewed.map(ChildFileFields::summary).orElse(""), false));
            if (renewed.isPresent()) {
                roleChanges(old, renewed.get(), changes);
            } else {
                roleChanges(old, null, changes);
            }
        }
        for (AuthorisedPerson added : after) {
            boolean known = before.contains(added) || before.stream().anyMatch(p -> p.name().equals(added.name()));
            if (!known) {
                changes.add(new FieldChangeView("field.authorisedPerson", "", summary(added), false));
                roleChanges(null, added, changes);
            }
        }
    }

    private static void roleChanges(AuthorisedPerson old, AuthorisedPerson now, List<FieldChangeView> changes) {
        String oldPickUp = old == null ? "" : "yesNo." + old.mayPickUp();
        String newPickUp = now == null ? "" : "yesNo." + now.mayPickUp();
        if (!oldPickUp.equals(newPickUp)) {
            changes.add(new FieldChangeView("field.personMayPickUp", oldPickUp, newPickUp, true));
        }
        String oldEmergency = old == null ? "" : "yesNo." + old.emergencyContact();
        String newEmergency = now == null ? "" : "yesNo." + now.emergencyContact();
        if (!oldEmergency.equals(newEmergency)) {
            changes.add(new FieldChangeView("field.personEmergencyContact", oldEmergency, newEmergency, true));
        }
    }

    private static String summary(AuthorisedPerson person) {
        return person.name() + (person.relationship().isEmpty() ? "" : " (" + person.relationship() + ")") + ", "
                + person.phone();
    }

    static boolean isCoded(String field) {
        return CHECKBOXES.contains(field) || field.equals("sex");
    }

    static String display(String field, String value) {
        if (value.isEmpty()) {
            return "";
        }
        if (field.equals("sex")) {
            return "sex." + value;
        }
        if (CHECKBOXES.contains(field)) {
            return "yesNo." + value;
        }
        if (field.equals("birthDate")) {
            return parseDate(value).map(FRENCH_DATE::format).orElse(value);
        }
        return value;
    }

    // ---- applying ----------------------------------------------------------------------------------------

    static Child apply(Kind kind, Child child, Map<String, String> v) {
        return switch (kind) {
            case IDENTITY -> child.withIdentity(v.get("firstName"), v.get("lastName"), LocalDate.parse(v.get("birthDate")),
                    Sex.valueOf(v.get("sex")), v.getOrDefault("school", ""), v.getOrDefault("schoolClass", ""));
            case AUTHORISATIONS -> child.withAuthorisations(Boolean.parseBoolean(v.get("imageAuthorisation")),
                    Boolean.parseBoolean(v.get("outingAuthorisation")));
            case PERSONS -> child.withAuthorisedPersons(persons(v));
            case HEALTH -> child.withHealthRecord(new HealthRecord(v.getOrDefault("doctorName", ""),
                    v.getOrDefault("doctorPhone", ""), v.getOrDefault("allergies", ""), v.getOrDefault("diet", ""),
                    Boolean.parseBoolean(v.get("pai")), Boolean.parseBoolean(v.get("vaccinationsUpToDate")),
                    Boolean.parseBoolean(v.get("glasses")), v.getOrDefault("remarks", "")));
            case REGISTRATION -> throw new IllegalArgumentException("A child to add is registered, not changed");
        };
    }
}
