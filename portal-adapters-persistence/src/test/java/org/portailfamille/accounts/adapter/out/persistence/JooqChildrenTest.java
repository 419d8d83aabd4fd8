package org.portailfamille.accounts.adapter.out.persistence;

import org.junit.jupiter.api.Test;
import org.portailfamille.accounts.application.port.out.Children;
import org.portailfamille.accounts.application.port.out.Families;
import org.portailfamille.accounts.domain.AuthorisedPerson;
import org.portailfamille.accounts.domain.Child;
import org.portailfamille.accounts.domain.Civility;
import org.portailfamille.accounts.domain.ContactDetails;
import org.portailfamille.accounts.domain.Family;
import org.portailfamille.accounts.domain.Guardian;
import org.portailfamille.accounts.domain.GuardianRole;
import org.portailfamille.accounts.domain.HealthRecord;
import org.portailfamille.accounts.domain.MaritalStatus;
import org.portailfamille.accounts.domain.Occupation;
import org.portailfamille.accounts.domain.PersonName;
import org.portailfamille.accounts.domain.PostalAddress;
import org.portailfamille.accounts.domain.Sex;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Children with their authorised persons (in order) and health record, read back by family and by id. */
@SpringBootTest
class JooqChildrenTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Autowired
    Families families;
    @Autowired
    Children children;

    private FamilyId newFamily() {
        String lastName = "ENFANTS" + System.nanoTime();
        Guardian guardian = new Guardian(Civility.MADAME, new PersonName(lastName, "Zoé"), GuardianRole.MOTHER,
                MaritalStatus.SINGLE, new PostalAddress("1 RUE DU FOUR", "31400", "SAINT - JEAN"),
                new ContactDetails("", "", "06 12 34 56 78", "", true, false), Occupation.UNKNOWN);
        Family family = Family.open(families.nextFamilyNumber(), guardian, null);
        families.add(family);
        return family.id();
    }

    @Test
    void a_child_s_whole_file_is_read_back_and_a_family_lists_its_children_eldest_first() {
        FamilyId family = newFamily();
        Child lea = Child.register(family, "LÉA", "DUPONT", LocalDate.of(2017, 3, 12), Sex.FEMALE,
                "École Jules Ferry", "CM1", true, false,
                List.of(new AuthorisedPerson("MARIE DURAND", "Grand-mère", "06 11 22 33 44", true, true),
                        new AuthorisedPerson("PAUL DUPONT", "Oncle", "06 55 66 77 88", true, false)),
                new HealthRecord("Dr MARTIN", "05 61 00 00 00", "Arachide", "Sans porc", true, true, false,
                        "Asthme léger"), TODAY);
        Child tom = Child.register(family, "TOM", "DUPONT", LocalDate.of(2020, 9, 2), Sex.MALE,
                "École Jules Ferry", "Grande section", false, true, List.of(), HealthRecord.empty(), TODAY);
        children.add(tom);
        children.add(lea);

        assertThat(children.byId(lea.id())).contains(lea);
        assertThat(children.byFamily(family)).containsExactly(lea, tom);
        assertThat(children.byFamily(newFamily())).isEmpty();
        assertThat(children.byId(ChildId.newId())).isEmpty();
    }

    @Test
    void a_family_s_list_of_children_reads_names_and_school_only_eldest_first() {
        FamilyId family = newFamily();
        Child lea = Child.register(family, "LÉA", "DUPONT", LocalDate.of(2017, 3, 12), Sex.FEMALE,
                "École Jules Ferry", "CM1", true, false,
                List.of(new AuthorisedPerson("MARIE DURAND", "Grand-mère", "06 11 22 33 44", true, true)),
                new HealthRecord("Dr MARTIN", "05 61 00 00 00", "Arachide", "", true, true, false, ""), TODAY);
        Child tom = Child.register(family, "TOM", "DUPONT", LocalDate.of(2020, 9, 2), Sex.MALE,
                "École Jules Ferry", "Grande section", false, true, List.of(), HealthRecord.empty(), TODAY);
        children.add(tom);
        children.add(lea);

        assertThat(children.summariesOf(family)).containsExactly(
                new Children.Summary(lea.id(), "LÉA", "DUPONT", LocalDate.of(2017, 3, 12), "École Jules Ferry", "CM1"),
                new Children.Summary(tom.id(), "TOM", "DUPONT", LocalDate.of(2020, 9, 2), "École Jules Ferry",
                        "Grande section"));
        assertThat(children.summariesOf(newFamily())).isEmpty();
    }

    @Test
    void an_accepted_change_replaces_the_child_s_file_and_touches_no_other_child() {
        FamilyId family = newFamily();
        Child lea = Child.register(family, "LÉA", "DUPONT", LocalDate.of(2017, 3, 12), Sex.FEMALE,
                "École Jules Ferry", "CM1", true, false,
                List.of(new AuthorisedPerson("MARIE DURAND", "Grand-mère", "06 11 22 33 44", true, true),
                        new AuthorisedPerson("PAUL DUPONT", "Oncle", "06 55 66 77 88", true, false)),
                new HealthRecord("Dr MARTIN", "05 61 00 00 00", "Arachide", "", true, true, false, ""), TODAY);
        Child tom = Child.register(family, "TOM", "DUPONT", LocalDate.of(2020, 9, 2), Sex.MALE,
                "École Jules Ferry", "Grande section", false, true,
                List.of(new AuthorisedPerson("MARIE DURAND", "Grand-mère", "06 11 22 33 44", true, true)),
                HealthRecord.empty(), TODAY);
        children.add(lea);
        children.add(tom);

        Child changed = lea.withIdentity("LÉA", "DUPONT", LocalDate.of(2017, 3, 13), Sex.FEMALE, "École Hugo", "CM2")
                .withAuthorisations(false, true)
                .withAuthorisedPersons(List.of(new AuthorisedPerson("JULIE MARTIN", "Voisine", "06 12 12 12 12", false,
                        true), new AuthorisedPerson("PAUL DUPONT", "Oncle", "06 55 66 77 88", true, true)))
                .withHealthRecord(new HealthRecord("Dr NOUVEAU", "", "Arachide\nKiwi", "Sans porc", false, true, true,
                        "Asthme"));
        children.update(changed);

        assertThat(children.byId(lea.id())).contains(changed);
        assertThat(children.byId(tom.id())).contains(tom);
        children.update(changed.withAuthorisedPersons(List.of()));
        assertThat(children.byId(lea.id()).orElseThrow().authorisedPersons()).isEmpty();
    }

    @Test
    void the_names_of_some_children_are_read_by_id_without_the_rest_of_their_file() {
        FamilyId family = newFamily();
        Child lea = Child.register(family, "LÉA", "DUPONT", LocalDate.of(2017, 3, 12), Sex.FEMALE,
                "École Jules Ferry", "CM1", true, false, List.of(), HealthRecord.empty(), TODAY);
        Child anna = Child.register(family, "ANNA", "ALBERT", LocalDate.of(2018, 3, 12), Sex.FEMALE,
                "École Jules Ferry", "CE2", true, false, List.of(), HealthRecord.empty(), TODAY);
        Child other = Child.register(family, "TOM", "DUPONT", LocalDate.of(2020, 9, 2), Sex.MALE,
                "École Jules Ferry", "Grande section", false, true, List.of(), HealthRecord.empty(), TODAY);
        children.add(lea);
        children.add(anna);
        children.add(other);

        assertThat(children.names(List.of(lea.id(), anna.id(), ChildId.newId()))).containsExactly(
                new Children.Name(anna.id(), family, anna.firstName(), "ALBERT"),
                new Children.Name(lea.id(), family, lea.firstName(), "DUPONT"));
        assertThat(children.names(List.of())).isEmpty();
    }
}
