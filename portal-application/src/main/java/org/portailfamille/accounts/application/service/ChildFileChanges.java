package org.portailfamille.accounts.application.service;

import org.portailfamille.accounts.application.port.in.AddChildForm;
import org.portailfamille.accounts.application.port.in.AuthorisationsForm;
import org.portailfamille.accounts.application.port.in.AuthorisedPersonDetails;
import org.portailfamille.accounts.application.port.in.AuthorisedPersonsForm;
import org.portailfamille.accounts.application.port.in.ChildChange;
import org.portailfamille.accounts.application.port.in.ChildIdentityForm;
import org.portailfamille.accounts.application.port.in.HealthForm;
import org.portailfamille.accounts.domain.AuthorisedPerson;
import org.portailfamille.accounts.domain.Child;
import org.portailfamille.accounts.domain.HealthRecord;
import org.portailfamille.accounts.domain.Sex;
import org.portailfamille.requests.application.port.in.FieldChangeView;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A child's file seen through the forms about a child: the request type of each form, the current values of a
 * form's fields in a child's file, the changes shown to staff and parents, and how an accepted form is applied.
 */
public final class ChildFileChanges {

    /** The forms about a child and the request type each one submits. */
    enum Kind {
        IDENTITY("accounts.child-identity", ChildIdentityForm.class, ChildIdentityForm::fromFields),
        AUTHORISATIONS("accounts.child-authorisations", AuthorisationsForm.class, AuthorisationsForm::fromFields),
        PERSONS("accounts.child-persons", AuthorisedPersonsForm.class, AuthorisedPersonsForm::fromFields),
        HEALTH("accounts.child-health", HealthForm.class, HealthForm::fromFields),
        REGISTRATION("accounts.child-registration", AddChildForm.class, AddChildForm::fromFields);

        final String type;
        final Class<? extends ChildChange> form;
        final Function<Map<String, String>, ChildChange> decoder;

        Kind(String type, Class<? extends ChildChange> form, Function<Map<String, String>, ChildChange> decoder) {
            this.type = type;
            this.form = form;
            this.decoder = decoder;
        }

        static Kind of(ChildChange change) {
            return Arrays.stream(values()).filter(kind -> kind.form.isInstance(change)).findFirst().orElseThrow();
        }

        static Optional<Kind> ofType(String type) {
            return Arrays.stream(values()).filter(kind -> kind.type.equals(type)).findFirst();
        }
    }

    private static final List<String> CHECKBOXES = List.of("imageAuthorisation", "outingAuthorisation", "pai",
            "vaccinationsUpToDate", "glasses", "serviceLeisure", "serviceAfterSchool", "serviceCanteen");
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    String typeOf(ChildChange change) {
        return Kind.of(change).type;
    }

    /** The form a stored request of {@code type} carries in its payload, if the type is one about a child. */
    Optional<ChildChange> decode(String type, Map<String, String> payload) {
        return Kind.ofType(type).map(kind -> kind.decoder.apply(payload));
    }

    /** The current values of the fields of {@code change}'s form in the child's file, as stored. */
    Map<String, String> current(ChildChange change, Child child) {
        Map<String, String> values = new LinkedHashMap<>();
        switch (Kind.of(change)) {
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
            case PERSONS -> values.putAll(AuthorisedPersonsForm.serialise(details(child.authorisedPersons())));
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

    /** The changes from {@code before} to {@code after} (stored forms of {@code change}'s kind), for display. */
    List<FieldChangeView> changes(ChildChange change, Map<String, String> before, Map<String, String> after) {
        List<FieldChangeView> changes = new ArrayList<>();
        Kind kind = Kind.of(change);
        if (kind == Kind.PERSONS) {
            personChanges(persons(before), persons(after), changes);
            return changes;
        }
        after.forEach((field, now) -> {
            String old = before.getOrDefault(field, "");
            if (kind == Kind.REGISTRATION && AddChildForm.SERVICES.contains(field) && !"true".equals(now)) {
                return;
            }
            if (!old.equals(now)) {
                changes.add(new FieldChangeView("field." + field, display(field, old), display(field, now),
                        isCoded(field)));
            }
        });
        return changes;
    }

    private static void personChanges(List<AuthorisedPersonDetails> before, List<AuthorisedPersonDetails> after,
                                      List<FieldChangeView> changes) {
        for (AuthorisedPersonDetails old : before) {
            if (after.contains(old)) {
                continue;
            }
            Optional<AuthorisedPersonDetails> renewed = after.stream().filter(p -> p.name().equals(old.name())
                    && !before.contains(p)).findFirst();
            changes.add(new FieldChangeView("field.authorisedPerson", summary(old),
                    renewed.map(ChildFileChanges::summary).orElse(""), false));
            roleChanges(old, renewed.orElse(null), changes);
        }
        for (AuthorisedPersonDetails added : after) {
            boolean known = before.contains(added) || before.stream().anyMatch(p -> p.name().equals(added.name()));
            if (!known) {
                changes.add(new FieldChangeView("field.authorisedPerson", "", summary(added), false));
                roleChanges(null, added, changes);
            }
        }
    }

    private static void roleChanges(AuthorisedPersonDetails old, AuthorisedPersonDetails now,
                                    List<FieldChangeView> changes) {
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

    private static String summary(AuthorisedPersonDetails person) {
        return person.name() + (person.relationship().isEmpty() ? "" : " (" + person.relationship() + ")") + ", "
                + person.phone();
    }

    private static boolean isCoded(String field) {
        return CHECKBOXES.contains(field) || field.equals("sex");
    }

    private static String display(String field, String value) {
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
            try {
                return FRENCH_DATE.format(LocalDate.parse(value));
            } catch (DateTimeParseException notIso) {
                return value;
            }
        }
        return value;
    }

    /** The child's file with a valid, accepted form applied (not for "Ajouter un enfant": a child is registered). */
    Child apply(ChildChange change, Child child) {
        if (change instanceof ChildIdentityForm identity) {
            return child.withIdentity(identity.firstName(), identity.lastName(), identity.born(),
                    Sex.valueOf(identity.sex()), identity.school(), identity.schoolClass());
        }
        if (change instanceof AuthorisationsForm authorisations) {
            return child.withAuthorisations(authorisations.imageAuthorisation(),
                    authorisations.outingAuthorisation());
        }
        if (change instanceof AuthorisedPersonsForm persons) {
            return child.withAuthorisedPersons(persons.persons().stream().map(p -> new AuthorisedPerson(p.name(),
                    p.relationship(), p.phone(), p.mayPickUp(), p.emergencyContact())).toList());
        }
        if (change instanceof HealthForm h) {
            return child.withHealthRecord(new HealthRecord(h.doctorName(), h.doctorPhone(), h.allergies(), h.diet(),
                    h.pai(), h.vaccinationsUpToDate(), h.glasses(), h.remarks()));
        }
        throw new IllegalArgumentException("A child to add is registered, not changed");
    }

    /** Persons as serialised in a request, exactly as stored. */
    private static List<AuthorisedPersonDetails> persons(Map<String, String> serialised) {
        int count = Integer.parseInt(serialised.getOrDefault("personCount", "0"));
        List<AuthorisedPersonDetails> persons = new ArrayList<>();
        for (int j = 0; j < count; j++) {
            persons.add(new AuthorisedPersonDetails(serialised.get("person." + j + ".name"),
                    serialised.get("person." + j + ".relationship"), serialised.get("person." + j + ".phone"),
                    Boolean.parseBoolean(serialised.get("person." + j + ".mayPickUp")),
                    Boolean.parseBoolean(serialised.get("person." + j + ".emergencyContact"))));
        }
        return persons;
    }

    private static List<AuthorisedPersonDetails> details(List<AuthorisedPerson> persons) {
        return persons.stream().map(p -> new AuthorisedPersonDetails(p.name(), p.relationship(), p.phone(),
                p.mayPickUp(), p.emergencyContact())).toList();
    }
}
