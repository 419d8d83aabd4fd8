package org.portailfamille.accounts.adapter.in.web;

import org.portailfamille.accounts.application.port.in.AddChildForm;
import org.portailfamille.accounts.application.port.in.AuthorisationsForm;
import org.portailfamille.accounts.application.port.in.AuthorisedPersonDetails;
import org.portailfamille.accounts.application.port.in.AuthorisedPersonsForm;
import org.portailfamille.accounts.application.port.in.ChildChange;
import org.portailfamille.accounts.application.port.in.ChildFile;
import org.portailfamille.accounts.application.port.in.ChildIdentityForm;
import org.portailfamille.accounts.application.port.in.HealthForm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The forms of the side menu of a child's file (their URL slug and fields), and "Ajouter un enfant". The
 * authorised persons' form has a row per person and one empty row to add a person.
 */
public enum ChildFileForms {

    IDENTITY("informations", identityFields(false), ChildIdentityForm::fromFields),
    AUTHORISATIONS("autorisations", List.of(
            FormField.checkbox("imageAuthorisation").withHint(),
            FormField.checkbox("outingAuthorisation").withHint()), AuthorisationsForm::fromFields),
    PERSONS("personnes-autorisees", List.of(), AuthorisedPersonsForm::fromRows),
    HEALTH("donnees-sanitaires", List.of(
            FormField.text("doctorName", "off", false),
            FormField.text("doctorPhone", "off", false).withKind("tel").withHint(),
            FormField.text("allergies", "off", false).withKind("textarea").withHint(),
            FormField.text("diet", "off", false).withHint(),
            FormField.checkbox("pai").withHint(),
            FormField.checkbox("vaccinationsUpToDate"),
            FormField.checkbox("glasses"),
            FormField.text("remarks", "off", false).withKind("textarea")), HealthForm::fromFields),
    REGISTRATION("ajouter", identityFields(true), AddChildForm::fromFields);

    /** The largest number of persons a child may have (as in the domain), plus the row to add one. */
    static final int MAX_PERSONS = AuthorisedPersonsForm.MAX_ROWS - 1;
    static final List<String> PERSON_TEXTS = List.of("Name", "Relationship", "Phone");
    static final List<String> PERSON_BOXES = List.of("MayPickUp", "EmergencyContact", "Remove");

    private final String slug;
    private final List<FormField> fields;
    private final Function<Map<String, String>, ChildChange> typedForm;

    ChildFileForms(String slug, List<FormField> fields, Function<Map<String, String>, ChildChange> typedForm) {
        this.slug = slug;
        this.fields = fields;
        this.typedForm = typedForm;
    }

    public String slug() {
        return slug;
    }

    public List<FormField> fields() {
        return fields;
    }

    /** The forms of a child's side menu, in the guide's order. */
    static List<ChildFileForms> menu() {
        return List.of(AUTHORISATIONS, PERSONS, HEALTH, IDENTITY);
    }

    static Optional<ChildFileForms> bySlug(String slug) {
        return menu().stream().filter(form -> form.slug.equals(slug)).findFirst();
    }

    /** The fields to read from a post: for the persons' form, every row the page may have had. */
    List<FormField> postedFields() {
        return this == PERSONS ? personFields(MAX_PERSONS + 1) : fields;
    }

    static List<FormField> personFields(int rows) {
        List<FormField> list = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            list.add(FormField.text("person" + i + "Name", "off", true));
            list.add(FormField.text("person" + i + "Relationship", "off", true));
            list.add(FormField.text("person" + i + "Phone", "off", true).withKind("tel"));
            list.add(FormField.checkbox("person" + i + "MayPickUp"));
            list.add(FormField.checkbox("person" + i + "EmergencyContact"));
            list.add(FormField.checkbox("person" + i + "Remove"));
        }
        return list;
    }

    private static List<FormField> identityFields(boolean registration) {
        List<FormField> list = new ArrayList<>(List.of(
                FormField.text("lastName", "off", true),
                FormField.text("firstName", "off", true),
                FormField.text("birthDate", "off", true).withKind("date").withHint(),
                FormField.select("sex", List.of("FEMALE", "MALE"), "sex."),
                FormField.text("school", "off", false).withHint(),
                FormField.text("schoolClass", "off", false).withHint()));
        if (registration) {
            list.add(FormField.checkbox("serviceLeisure").withHint());
            list.add(FormField.checkbox("serviceAfterSchool"));
            list.add(FormField.checkbox("serviceCanteen"));
        }
        return List.copyOf(list);
    }

    /** The typed form from the values posted for this form's fields. */
    ChildChange change(Map<String, String> typed) {
        return typedForm.apply(typed);
    }

    /** The form pre-filled with the child's file ("Ajouter un enfant": a girl by default). */
    Map<String, String> currentValues(ChildFile child, AccountFormMapper mapper) {
        Map<String, String> values = new HashMap<>();
        switch (this) {
            case IDENTITY -> values.putAll(mapper.identityForm(child).fields());
            case AUTHORISATIONS -> values.putAll(mapper.authorisationsForm(child).fields());
            case PERSONS -> {
                List<AuthorisedPersonDetails> persons = child.authorisedPersons();
                for (int i = 0; i < persons.size(); i++) {
                    AuthorisedPersonDetails p = persons.get(i);
                    values.put("person" + i + "Name", p.name());
                    values.put("person" + i + "Relationship", p.relationship());
                    values.put("person" + i + "Phone", p.phone());
                    values.put("person" + i + "MayPickUp", Boolean.toString(p.mayPickUp()));
                    values.put("person" + i + "EmergencyContact", Boolean.toString(p.emergencyContact()));
                }
            }
            case HEALTH -> values.putAll(mapper.healthForm(child.health()).fields());
            case REGISTRATION -> values.put("sex", "FEMALE");
        }
        return values;
    }

    /** How many person rows to show: the rows typed in (or the child's persons) and one more, at most 11. */
    static int personRows(Map<String, String> values) {
        int last = -1;
        for (int i = 0; i <= MAX_PERSONS; i++) {
            final int row = i;
            boolean typed = PERSON_TEXTS.stream().anyMatch(part -> {
                String value = values.get("person" + row + part);
                return value != null && !value.isBlank();
            });
            if (typed) {
                last = i;
            }
        }
        return Math.min(last + 2, MAX_PERSONS + 1);
    }

    static boolean isPersonField(String field) {
        return field.startsWith("person") && Arrays.stream(new String[]{"Name", "Relationship", "Phone", "MayPickUp",
                "EmergencyContact", "Remove"}).anyMatch(field::endsWith);
    }
}
