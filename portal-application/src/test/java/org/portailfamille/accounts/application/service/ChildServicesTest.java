package org.portailfamille.accounts.application.service;

import org.junit.jupiter.api.Test;
import org.portailfamille.accounts.application.port.in.AuthorisedPersonDetails;
import org.portailfamille.accounts.application.port.in.ChildFile;
import org.portailfamille.accounts.application.port.in.ChildName;
import org.portailfamille.accounts.application.port.in.ChildSummary;
import org.portailfamille.accounts.application.port.in.HealthDetails;
import org.portailfamille.accounts.application.port.in.RegisterChildCommand;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Registering children, listing a family's children, and a child's file shown to its own family only. */
class ChildServicesTest {

    private final InMemoryAccounts world = new InMemoryAccounts();
    private final RegisterChildService register = new RegisterChildService(world.families, world.children, world.clock);
    private final ListChildrenService list = new ListChildrenService(world.children);
    private final GetChildFileService files = new GetChildFileService(world.children);
    private final GetChildNamesService names = new GetChildNamesService(world.children);

    private static final HealthDetails NOTHING = new HealthDetails("", "", "", "", false, false, false, "");

    private ChildId child(FamilyId family, String firstName, LocalDate birthDate) {
        return register.registerChild(new RegisterChildCommand(family, firstName, "DUPONT", birthDate, "FEMALE",
                "École Jules Ferry", "CM1", true, false,
                List.of(new AuthorisedPersonDetails("MARIE DURAND", "Grand-mère", "06 11 22 33 44", true, true)),
                new HealthDetails("Dr MARTIN", "05 61 00 00 00", "Arachide", "", true, true, false, "")));
    }

    @Test
    void a_family_lists_its_own_children_eldest_first() {
        FamilyId dupont = world.family("1001001818331", "jean@example.org").id();
        FamilyId other = world.family("1001001818332", "other@example.org").id();
        ChildId tom = child(dupont, "TOM", LocalDate.of(2020, 9, 2));
        ChildId lea = child(dupont, "LÉA", LocalDate.of(2017, 3, 12));
        child(other, "ZOÉ", LocalDate.of(2018, 1, 1));

        assertThat(list.children(dupont)).extracting(ChildSummary::childId).containsExactly(lea, tom);
        assertThat(list.children(dupont).get(0)).isEqualTo(new ChildSummary(lea, "LÉA", "DUPONT",
                LocalDate.of(2017, 3, 12), "École Jules Ferry", "CM1"));
        assertThat(list.children(FamilyId.newId())).isEmpty();
    }

    @Test
    void the_names_of_children_of_several_families_are_given_by_id_unknown_ids_left_out() {
        FamilyId dupont = world.family("1001001818331", "jean@example.org").id();
        FamilyId other = world.family("1001001818332", "other@example.org").id();
        ChildId lea = child(dupont, "LÉA", LocalDate.of(2017, 3, 12));
        ChildId zoe = child(other, "ZOÉ", LocalDate.of(2018, 1, 1));
        child(dupont, "TOM", LocalDate.of(2020, 9, 2));

        var found = names.childNames(List.of(lea, zoe, ChildId.newId()));
        assertThat(found).containsOnlyKeys(lea, zoe);
        assertThat(found.get(zoe)).isEqualTo(new ChildName(zoe, other, "ZOÉ", "DUPONT"));
        assertThat(found.get(lea).displayName()).isEqualTo("DUPONT LÉA");
        assertThat(names.childNames(List.of())).isEmpty();
    }

    @Test
    void a_child_s_file_is_given_to_its_family_only() {
        FamilyId dupont = world.family("1001001818331", "jean@example.org").id();
        FamilyId other = world.family("1001001818332", "other@example.org").id();
        ChildId lea = child(dupont, "LÉA", LocalDate.of(2017, 3, 12));

        ChildFile file = files.childFile(dupont, lea).orElseThrow();
        assertThat(file.sex()).isEqualTo("FEMALE");
        assertThat(file.imageAuthorisation()).isTrue();
        assertThat(file.authorisedPersons()).containsExactly(
                new AuthorisedPersonDetails("MARIE DURAND", "Grand-mère", "06 11 22 33 44", true, true));
        assertThat(file.health().allergies()).isEqualTo("Arachide");
        assertThat(file.health().pai()).isTrue();

        assertThat(files.childFile(other, lea)).as("another family's child").isEmpty();
        assertThat(files.childFile(dupont, ChildId.newId())).as("an unknown child").isEmpty();
    }

    @Test
    void a_child_joins_an_existing_family_and_is_not_born_in_the_future() {
        assertThatThrownBy(() -> child(FamilyId.newId(), "LÉA", LocalDate.of(2017, 3, 12)))
                .isInstanceOf(IllegalArgumentException.class);
        FamilyId dupont = world.family("1001001818331", "jean@example.org").id();
        assertThatThrownBy(() -> register.registerChild(new RegisterChildCommand(dupont, "BÉBÉ", "DUPONT",
                LocalDate.of(2027, 1, 1), "MALE", "", "", false, false, List.of(), NOTHING)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(world.childRows).isEmpty();
    }
}
