package org.portailfamille.accounts.application.port.in;

import org.portailfamille.accounts.domain.Child;
import org.portailfamille.accounts.domain.ContactRules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.portailfamille.accounts.application.port.in.FieldChecks.clean;
import static org.portailfamille.accounts.application.port.in.FieldChecks.get;
import static org.portailfamille.accounts.application.port.in.FieldChecks.ticked;
import static org.portailfamille.accounts.application.port.in.FieldChecks.upper;

/**
 * "Personnes autorisées": a row per person as typed, and one more to add a person. A row left empty, or ticked
 * "remove", is not kept. Problems are reported per row i (from 0) as {@code person<i>Name},
 * {@code person<i>Relationship}, {@code person<i>Phone}, {@code person<i>MayPickUp}. The kept persons are
 * stored in a request as {@code personCount} and {@code person.<j>.name} etc.
 */
public record AuthorisedPersonsForm(List<Row> rows) implements ChildChange {

    /** The most rows a form may send: the persons a child may have, and one to add. */
    public static final int MAX_ROWS = Child.MAX_AUTHORISED_PERSONS + 1;
    /** The parts of a typed row: {@code person<i><part>}. */
    public static final List<String> ROW_PARTS = List.of("Name", "Relationship", "Phone", "MayPickUp",
            "EmergencyContact", "Remove");

    public AuthorisedPersonsForm {
        if (rows.size() > MAX_ROWS) {
            throw new IllegalArgumentException("At most " + MAX_ROWS + " rows");
        }
        rows = List.copyOf(rows);
    }

    /** One row of the form: the name in capitals. */
    public record Row(String name, String relationship, String phone, boolean mayPickUp, boolean emergencyContact,
                      boolean remove) {
        public Row {
            name = upper(name);
            relationship = clean(relationship);
            phone = clean(phone);
        }

        /** A row is kept when it is not marked "remove" and any of its texts is filled in. */
        public boolean kept() {
            return !remove && !(name.isEmpty() && relationship.isEmpty() && phone.isEmpty());
        }
    }

    /** The rows as posted by the form: {@code person0Name}, {@code person0MayPickUp}, … up to {@link #MAX_ROWS}. */
    public static AuthorisedPersonsForm fromRows(Map<String, String> typed) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < MAX_ROWS; i++) {
            String row = "person" + i;
            rows.add(new Row(get(typed, row + "Name"), get(typed, row + "Relationship"), get(typed, row + "Phone"),
                    ticked(get(typed, row + "MayPickUp")), ticked(get(typed, row + "EmergencyContact")),
                    ticked(get(typed, row + "Remove"))));
        }
        return new AuthorisedPersonsForm(rows);
    }

    /** The persons as stored in a request ({@code personCount}, {@code person.<j>.name}, …). */
    public static AuthorisedPersonsForm fromFields(Map<String, String> stored) {
        int count = Integer.parseInt(stored.getOrDefault("personCount", "0"));
        List<Row> rows = new ArrayList<>();
        for (int j = 0; j < count; j++) {
            String person = "person." + j + ".";
            rows.add(new Row(get(stored, person + "name"), get(stored, person + "relationship"),
                    get(stored, person + "phone"), Boolean.parseBoolean(stored.get(person + "mayPickUp")),
                    Boolean.parseBoolean(stored.get(person + "emergencyContact")), false));
        }
        return new AuthorisedPersonsForm(rows);
    }

    /** The persons kept, in order. */
    public List<AuthorisedPersonDetails> persons() {
        return rows.stream().filter(Row::kept).map(row -> new AuthorisedPersonDetails(row.name(), row.relationship(),
                row.phone(), row.mayPickUp(), row.emergencyContact())).toList();
    }

    /** The kept persons serialised: {@code personCount}, then {@code person.<j>.name}, … for each. */
    @Override
    public Map<String, String> fields() {
        return serialise(persons());
    }

    /** Persons serialised as a request stores them. */
    public static Map<String, String> serialise(List<AuthorisedPersonDetails> persons) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("personCount", Integer.toString(persons.size()));
        for (int j = 0; j < persons.size(); j++) {
            AuthorisedPersonDetails p = persons.get(j);
            values.put("person." + j + ".name", p.name());
            values.put("person." + j + ".relationship", p.relationship());
            values.put("person." + j + ".phone", p.phone());
            values.put("person." + j + ".mayPickUp", Boolean.toString(p.mayPickUp()));
            values.put("person." + j + ".emergencyContact", Boolean.toString(p.emergencyContact()));
        }
        return values;
    }

    @Override
    public Map<String, String> problems(LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        int kept = 0;
        for (int i = 0; i < rows.size(); i++) {
            Row person = rows.get(i);
            String row = "person" + i;
            if (!person.kept()) {
                continue;
            }
            kept++;
            if (kept > Child.MAX_AUTHORISED_PERSONS) {
                problems.put(row + "Name", "tooManyPersons");
                continue;
            }
            FieldChecks.personName(problems, row + "Name", person.name(), true, 100);
            required(problems, row + "Relationship", person.relationship(), 50);
            required(problems, row + "Phone", person.phone(), 20);
            if (!problems.containsKey(row + "Phone") && !ContactRules.isValidPhone(person.phone())) {
                problems.put(row + "Phone", "phone");
            }
            if (!person.mayPickUp() && !person.emergencyContact()) {
                problems.put(row + "MayPickUp", "personRole");
            }
        }
        return problems;
    }

    private static void required(Map<String, String> problems, String field, String value, int max) {
        if (FieldChecks.hasControlCharacter(value)) {
            problems.put(field, "characters");
        } else if (value.isEmpty()) {
            problems.put(field, "required");
        } else if (value.length() > max) {
            problems.put(field, "tooLong");
        }
    }
}
