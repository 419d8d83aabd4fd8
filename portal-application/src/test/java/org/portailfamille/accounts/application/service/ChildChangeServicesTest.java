package org.portailfamille.accounts.application.service;

import org.junit.jupiter.api.Test;
import org.portailfamille.accounts.application.FormValues;
import org.portailfamille.accounts.application.port.in.ApplyChildRequestCommand;
import org.portailfamille.accounts.application.port.in.AuthorisedPersonDetails;
import org.portailfamille.accounts.application.port.in.AddChildForm;
import org.portailfamille.accounts.application.port.in.AuthorisationsForm;
import org.portailfamille.accounts.application.port.in.AuthorisedPersonsForm;
import org.portailfamille.accounts.application.port.in.ChildChange;
import org.portailfamille.accounts.application.port.in.ChildIdentityForm;
import org.portailfamille.accounts.application.port.in.HealthForm;
import org.portailfamille.accounts.application.port.in.SubmitChildChangeCommand;
import org.portailfamille.accounts.application.port.in.ChildChangeOutcome;
import org.portailfamille.accounts.application.port.in.ChildChangeOutcome.Status;
import org.portailfamille.accounts.application.port.in.ChildFile;
import org.portailfamille.accounts.application.port.in.HealthDetails;
import org.portailfamille.accounts.application.port.in.RegisterChildCommand;
import org.portailfamille.accounts.application.port.out.AppliedRequests;
import org.portailfamille.accounts.application.port.out.HealthDataAudit;
import org.portailfamille.accounts.domain.AuthorisedPerson;
import org.portailfamille.accounts.domain.HealthDataRead;
import org.portailfamille.requests.application.port.in.FieldChangeView;
import org.portailfamille.requests.application.port.in.SubmitRequestCommand;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * The four forms of a child's file and "Ajouter un enfant": each form's rules field by field, an unchanged form
 * submits nothing, a change becomes a request listing only what changed, accepting applies it (once), a request
 * made on values that changed meanwhile is a conflict, another family's child is unknown; the health-data audit.
 */
class ChildChangeServicesTest {

    private final InMemoryAccounts world = new InMemoryAccounts();
    private final SubmittedRequests requests = new SubmittedRequests();
    private final List<SubmitRequestCommand> submitted = requests.list;
    private final SubmitChildChangeService submit = new SubmitChildChangeService(world.families, world.children,
            new ChildFileChanges(), requests, world.clock);
    private final Set<UUID> applied = new HashSet<>();
    private final AppliedRequests appliedRequests = (id, at) -> applied.add(id);
    private final RegisterChildService register = new RegisterChildService(world.families, world.children, world.clock);
    private final ApplyChildRequestService apply = new ApplyChildRequestService(world.children, new ChildFileChanges(), appliedRequests,
            register, world.clock);
    private final GetChildFileService files = new GetChildFileService(world.children);
    private final ListChildrenService list = new ListChildrenService(world.children);
    private final FamilyId family = world.family("1001001818331", "jean.dupont@example.org").id();
    private final ChildId lea = register.registerChild(new RegisterChildCommand(family, "LÉA", "DUPONT",
            LocalDate.of(2017, 3, 12), "FEMALE", "École Jules Ferry", "CM1", true, false,
            List.of(new AuthorisedPersonDetails("MARIE DURAND", "Grand-mère", "06 11 22 33 44", true, true),
                    new AuthorisedPersonDetails("PAUL DUPONT", "Oncle", "06 55 66 77 88", true, false)),
            new HealthDetails("Dr MARTIN", "05 61 00 00 00", "Arachide", "", true, true, false, "")));

    private ChildChangeOutcome submit(String kind, Map<String, String> values) {
        return submit.submitChildChange(new SubmitChildChangeCommand(family, "REGISTRATION".equals(kind) ? null : lea,
                "jean.dupont", form(kind, values)));
    }

    /** The typed form of {@code kind} built from values by field name, as the web adapter builds it. */
    static ChildChange form(String kind, Map<String, String> values) {
        return switch (kind) {
            case "IDENTITY" -> ChildIdentityForm.fromFields(values);
            case "AUTHORISATIONS" -> AuthorisationsForm.fromFields(values);
            case "PERSONS" -> AuthorisedPersonsForm.fromRows(values);
            case "HEALTH" -> HealthForm.fromFields(values);
            case "REGISTRATION" -> AddChildForm.fromFields(values);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private ChildFile file() {
        return files.childFile(family, lea).orElseThrow();
    }

    private UUID acceptLast() {
        SubmitRequestCommand request = requests.last();
        UUID id = UUID.randomUUID();
        apply.applyAcceptedChildRequest(new ApplyChildRequestCommand(id, request.type(), request.familyId(),
                request.childId(), request.payload()));
        return id;
    }

    private SubmitRequestCommand last() {
        return requests.last();
    }

    private Map<String, String> identity() {
        return FormValues.of("lastName", "DUPONT", "firstName", "LÉA", "birthDate", "2017-03-12", "sex", "FEMALE",
                "school", "École Jules Ferry", "schoolClass", "CM1");
    }

    private Map<String, String> health() {
        return FormValues.of("doctorName", "Dr MARTIN", "doctorPhone", "05 61 00 00 00", "allergies", "Arachide",
                "pai", "true", "vaccinationsUpToDate", "true");
    }

    private Map<String, String> persons() {
        return FormValues.of("person0Name", "MARIE DURAND", "person0Relationship", "Grand-mère",
                "person0Phone", "06 11 22 33 44", "person0MayPickUp", "true", "person0EmergencyContact", "true",
                "person1Name", "PAUL DUPONT", "person1Relationship", "Oncle", "person1Phone", "06 55 66 77 88",
                "person1MayPickUp", "true", "person1EmergencyContact", "false");
    }

    @Test
    void unchanged_forms_submit_nothing() {
        assertThat(submit("IDENTITY", identity()).status()).isEqualTo(Status.UNCHANGED);
        assertThat(submit("HEALTH", health()).status()).isEqualTo(Status.UNCHANGED);
        assertThat(submit("PERSONS", persons()).status()).isEqualTo(Status.UNCHANGED);
        assertThat(submit("AUTHORISATIONS", Map.of("imageAuthorisation", "true", "outingAuthorisation", "false"))
                .status()).isEqualTo(Status.UNCHANGED);
        assertThat(submitted).isEmpty();
    }

    @Test
    void informations_enfant_checks_names_date_and_sex_then_applies_when_accepted() {
        Map<String, String> bad = identity();
        bad.put("firstName", " ");
        bad.put("birthDate", "2099-01-01");
        bad.put("sex", "OTHER");
        bad.put("schoolClass", "x".repeat(51));
        ChildChangeOutcome outcome = submit("IDENTITY", bad);
        assertThat(outcome.status()).isEqualTo(Status.INVALID);
        assertThat(outcome.problems()).containsExactly(entry("firstName", "required"),
                entry("birthDate", "childBirthDate"), entry("sex", "choice"), entry("schoolClass", "tooLong"));
        bad.put("firstName", "LÉA");
        bad.put("sex", "FEMALE");
        bad.put("schoolClass", "CM1");
        bad.put("birthDate", "31/02/2017");
        assertThat(submit("IDENTITY", bad).problems()).containsOnlyKeys("birthDate");
        bad.put("birthDate", "12/03/2001");
        assertThat(submit("IDENTITY", bad).problems()).as("18 years old or more").containsOnlyKeys("birthDate");
        assertThat(submitted).isEmpty();

        Map<String, String> good = identity();
        good.put("schoolClass", "CM2");
        good.put("school", "École Victor Hugo");
        good.put("birthDate", "13/03/2017");
        outcome = submit("IDENTITY", good);
        assertThat(outcome.status()).isEqualTo(Status.SUBMITTED);
        assertThat(last().type()).isEqualTo("accounts.child-identity");
        assertThat(last().area()).isEqualTo("CHILDREN");
        assertThat(last().childId()).isEqualTo(lea);
        assertThat(last().changes()).containsExactly(
                new FieldChangeView("field.birthDate", "12/03/2017", "13/03/2017", false),
                new FieldChangeView("field.school", "École Jules Ferry", "École Victor Hugo", false),
                new FieldChangeView("field.schoolClass", "CM1", "CM2", false));
        assertThat(file().schoolClass()).as("nothing changes before a decision").isEqualTo("CM1");

        acceptLast();
        assertThat(file().schoolClass()).isEqualTo("CM2");
        assertThat(file().school()).isEqualTo("École Victor Hugo");
        assertThat(file().birthDate()).isEqualTo(LocalDate.of(2017, 3, 13));
        assertThat(file().health().allergies()).as("other parts untouched").isEqualTo("Arachide");
    }

    @Test
    void autorisations_are_two_answers_applied_when_accepted() {
        ChildChangeOutcome outcome = submit("AUTHORISATIONS", Map.of("imageAuthorisation", "false",
                "outingAuthorisation", "on"));
        assertThat(outcome.status()).isEqualTo(Status.SUBMITTED);
        assertThat(last().changes()).containsExactly(
                new FieldChangeView("field.imageAuthorisation", "yesNo.true", "yesNo.false", true),
                new FieldChangeView("field.outingAuthorisation", "yesNo.false", "yesNo.true", true));
        acceptLast();
        assertThat(file().imageAuthorisation()).isFalse();
        assertThat(file().outingAuthorisation()).isTrue();
    }

    @Test
    void personnes_autorisees_adds_changes_and_removes_persons_each_row_checked() {
        Map<String, String> bad = persons();
        bad.put("person1Phone", "12");
        bad.put("person2Name", "JULIE");
        bad.put("person2Phone", "06 12 12 12 12");
        ChildChangeOutcome outcome = submit("PERSONS", bad);
        assertThat(outcome.status()).isEqualTo(Status.INVALID);
        assertThat(outcome.problems()).containsExactly(entry("person1Phone", "phone"),
                entry("person2Relationship", "required"), entry("person2MayPickUp", "personRole"));

        Map<String, String> good = persons();
        good.put("person0Remove", "true");                  // MARIE DURAND removed
        good.put("person1EmergencyContact", "true");        // PAUL DUPONT now an emergency contact too
        good.put("person2Name", "julie martin");            // added
        good.put("person2Relationship", "Voisine");
        good.put("person2Phone", "06 12 12 12 12");
        good.put("person2MayPickUp", "true");
        assertThat(submit("PERSONS", good).status()).isEqualTo(Status.SUBMITTED);
        assertThat(last().changes()).extracting(FieldChangeView::labelKey).containsExactly(
                "field.authorisedPerson", "field.personMayPickUp", "field.personEmergencyContact",
                "field.authorisedPerson", "field.personEmergencyContact",
                "field.authorisedPerson", "field.personMayPickUp", "field.personEmergencyContact");
        assertThat(last().changes().get(0)).isEqualTo(new FieldChangeView("field.authorisedPerson",
                "MARIE DURAND (Grand-mère), 06 11 22 33 44", "", false));
        acceptLast();
        assertThat(file().authorisedPersons()).containsExactly(
                new AuthorisedPersonDetails("PAUL DUPONT", "Oncle", "06 55 66 77 88", true, true),
                new AuthorisedPersonDetails("JULIE MARTIN", "Voisine", "06 12 12 12 12", true, false));
    }

    @Test
    void personnes_autorisees_holds_at_most_ten_persons() {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < 11; i++) {
            values.put("person" + i + "Name", "PERSONNE " + i);
            values.put("person" + i + "Relationship", "Ami");
            values.put("person" + i + "Phone", "06 12 12 12 1" + (i % 10));
            values.put("person" + i + "MayPickUp", "true");
        }
        assertThat(submit("PERSONS", values).problems()).containsExactly(entry("person10Name", "tooManyPersons"));
        assertThat(submitted).isEmpty();
    }

    @Test
    void donnees_sanitaires_checks_lengths_and_the_doctor_then_applies_when_accepted() {
        Map<String, String> bad = health();
        bad.put("doctorName", "");
        bad.put("allergies", "x".repeat(501));
        bad.put("diet", "sans\tporc");
        ChildChangeOutcome outcome = submit("HEALTH", bad);
        assertThat(outcome.problems()).containsExactly(entry("allergies", "tooLong"), entry("diet", "characters"),
                entry("doctorName", "doctorNameForPhone"));
        bad = health();
        bad.put("doctorPhone", "05 61");
        assertThat(submit("HEALTH", bad).problems()).containsExactly(entry("doctorPhone", "phone"));
        assertThat(submitted).isEmpty();

        Map<String, String> good = health();
        good.put("allergies", "Arachide\nKiwi");
        good.put("glasses", "true");
        assertThat(submit("HEALTH", good).status()).isEqualTo(Status.SUBMITTED);
        assertThat(last().type()).isEqualTo("accounts.child-health");
        assertThat(last().changes()).containsExactly(
                new FieldChangeView("field.allergies", "Arachide", "Arachide\nKiwi", false),
                new FieldChangeView("field.glasses", "yesNo.false", "yesNo.true", true));
        UUID id = acceptLast();
        assertThat(file().health().allergies()).isEqualTo("Arachide\nKiwi");
        assertThat(file().health().glasses()).isTrue();

        // the same accepted request delivered again changes nothing
        SubmitRequestCommand request = last();
        apply.applyAcceptedChildRequest(new ApplyChildRequestCommand(id, request.type(), family, lea,
                Map.of("allergies", "REPLAYED")));
        assertThat(file().health().allergies()).isEqualTo("Arachide\nKiwi");
    }

    @Test
    void a_request_made_on_values_changed_meanwhile_is_a_conflict() {
        Map<String, String> first = health();
        first.put("diet", "Sans porc");
        submit("HEALTH", first);
        SubmitRequestCommand older = last();
        Map<String, String> second = health();
        second.put("allergies", "Kiwi");
        submit("HEALTH", second);
        SubmitRequestCommand newer = last();
        ApplyChildRequestCommand olderCommand = new ApplyChildRequestCommand(UUID.randomUUID(), older.type(), family,
                lea, older.payload());
        assertThat(apply.conflictWithChildFile(olderCommand)).isEmpty();
        apply.applyAcceptedChildRequest(new ApplyChildRequestCommand(UUID.randomUUID(), newer.type(), family, lea,
                newer.payload()));
        assertThat(apply.conflictWithChildFile(olderCommand)).contains("request.conflict.childFileChanged");

        Map<String, String> persons = persons();
        persons.put("person1Remove", "true");
        submit("PERSONS", persons);
        ApplyChildRequestCommand removal = new ApplyChildRequestCommand(UUID.randomUUID(), last().type(), family, lea,
                last().payload());
        assertThat(apply.conflictWithChildFile(removal)).isEmpty();
        world.childRows.put(lea, world.childRows.get(lea).withAuthorisedPersons(List.of(
                new AuthorisedPerson("MARIE DURAND", "Grand-mère", "06 11 22 33 44", true, true))));
        assertThat(apply.conflictWithChildFile(removal)).as("a person removed meanwhile")
                .contains("request.conflict.childFileChanged");
        assertThat(apply.conflictWithChildFile(new ApplyChildRequestCommand(UUID.randomUUID(), last().type(),
                FamilyId.newId(), lea, last().payload()))).as("another family's child")
                .contains("request.conflict.childFileChanged");
    }

    @Test
    void another_family_s_child_is_unknown_and_nothing_is_submitted() {
        FamilyId other = world.family("1001001818332", "other@example.org").id();
        Map<String, String> values = health();
        values.put("allergies", "Kiwi");
        ChildChangeOutcome outcome = submit.submitChildChange(new SubmitChildChangeCommand(other, lea, "other",
                form("HEALTH", values)));
        assertThat(outcome.status()).isEqualTo(Status.UNKNOWN_CHILD);
        assertThat(submit.submitChildChange(new SubmitChildChangeCommand(family, ChildId.newId(), "jean",
                form("HEALTH", values))).status()).isEqualTo(Status.UNKNOWN_CHILD);
        assertThat(submitted).isEmpty();
    }

    @Test
    void ajouter_un_enfant_needs_identity_and_a_wished_service_and_registers_the_child_when_accepted() {
        Map<String, String> values = FormValues.of("lastName", "dupont", "firstName", "", "birthDate", "2024-13-01",
                "sex", "MALE");
        ChildChangeOutcome outcome = submit("REGISTRATION", values);
        assertThat(outcome.problems()).containsExactly(entry("firstName", "required"),
                entry("birthDate", "childBirthDate"), entry("serviceLeisure", "services"));
        assertThat(submitted).isEmpty();

        values.put("firstName", "Hugo");
        values.put("birthDate", "2024-05-20");
        values.put("school", "Crèche Les Petits Pas");
        values.put("serviceAfterSchool", "true");
        values.put("serviceCanteen", "true");
        assertThat(submit("REGISTRATION", values).status()).isEqualTo(Status.SUBMITTED);
        assertThat(last().type()).isEqualTo("accounts.child-registration");
        assertThat(last().childId()).isNull();
        assertThat(last().changes()).extracting(FieldChangeView::labelKey).containsExactly("field.lastName",
                "field.firstName", "field.birthDate", "field.sex", "field.school", "field.serviceAfterSchool",
                "field.serviceCanteen");
        assertThat(list.children(family)).hasSize(1);

        UUID id = acceptLast();
        assertThat(list.children(family)).extracting(c -> c.firstName()).containsExactly("LÉA", "HUGO");
        SubmitRequestCommand request = last();
        apply.applyAcceptedChildRequest(new ApplyChildRequestCommand(id, request.type(), family, null,
                request.payload()));
        assertThat(list.children(family)).as("registered once").hasSize(2);
    }

    @Test
    void every_staff_read_of_health_data_is_recorded_newest_first() {
        List<HealthDataRead> rows = new ArrayList<>();
        HealthDataAudit audit = new HealthDataAudit() {
            public void record(HealthDataRead read) { rows.add(0, read); }
            public List<HealthDataRead> ofChild(ChildId childId) {
                return rows.stream().filter(read -> read.childId().equals(childId)).toList();
            }
        };
        AuditHealthDataService service = new AuditHealthDataService(audit, world.clock);
        service.recordHealthDataRead("agent1", lea, "request:1");
        world.clock.advance(java.time.Duration.ofMinutes(5));
        service.recordHealthDataRead("agent2", lea, "request:2");
        service.recordHealthDataRead("agent2", ChildId.newId(), "request:3");
        assertThat(service.healthDataReads(lea)).extracting(r -> r.reader() + " " + r.purpose())
                .containsExactly("agent2 request:2", "agent1 request:1");
        assertThat(service.healthDataReads(lea).get(1).readAt()).isEqualTo(java.time.Instant.parse("2026-11-28T09:00:00Z"));
    }
}
