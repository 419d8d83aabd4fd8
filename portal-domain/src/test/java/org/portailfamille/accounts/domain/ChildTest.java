package org.portailfamille.accounts.domain;

import org.junit.jupiter.api.Test;
import org.portailfamille.shared.FamilyId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChildTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final FamilyId FAMILY = FamilyId.newId();

    private static Child lea(List<AuthorisedPerson> persons) {
        return Child.register(FAMILY, " LÉA ", "DUPONT", LocalDate.of(2017, 3, 12), Sex.FEMALE, "École Jules Ferry",
                "CM1", true, false, persons, HealthRecord.empty(), TODAY);
    }

    @Test
    void a_registered_child_has_a_new_id_stripped_names_and_belongs_to_its_family() {
        Child child = lea(List.of(new AuthorisedPerson("MARIE DURAND", "Grand-mère", "06 11 22 33 44", true, true)));
        assertThat(child.firstName()).isEqualTo("LÉA");
        assertThat(child.belongsTo(FAMILY)).isTrue();
        assertThat(child.belongsTo(FamilyId.newId())).isFalse();
        assertThat(lea(List.of()).id()).isNotEqualTo(child.id());
        assertThat(child.authorisedPersons()).hasSize(1);
    }

    @Test
    void a_child_has_names_is_not_born_in_the_future_and_has_at_most_ten_authorised_persons() {
        assertThatThrownBy(() -> Child.register(FAMILY, " ", "DUPONT", LocalDate.of(2017, 3, 12), Sex.FEMALE, "", "",
                false, false, List.of(), HealthRecord.empty(), TODAY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Child.register(FAMILY, "LÉA", "DUPONT", TODAY.plusDays(1), Sex.FEMALE, "", "",
                false, false, List.of(), HealthRecord.empty(), TODAY)).isInstanceOf(IllegalArgumentException.class);
        List<AuthorisedPerson> eleven = new ArrayList<>(Collections.nCopies(11,
                new AuthorisedPerson("X", "", "06", true, false)));
        assertThatThrownBy(() -> lea(eleven)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_persons_list_cannot_be_changed_from_outside() {
        List<AuthorisedPerson> persons = new ArrayList<>();
        Child child = lea(persons);
        persons.add(new AuthorisedPerson("X", "", "06", true, false));
        assertThat(child.authorisedPersons()).isEmpty();
    }

    @Test
    void an_authorised_person_has_a_name_a_phone_and_a_reason_to_be_there() {
        assertThatThrownBy(() -> new AuthorisedPerson("", "Oncle", "06", true, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuthorisedPerson("PAUL", "Oncle", " ", true, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuthorisedPerson("PAUL", "Oncle", "06", false, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new AuthorisedPerson(" PAUL ", " Oncle ", "06", false, true).name()).isEqualTo("PAUL");
    }

    @Test
    void a_health_record_may_be_empty_but_a_doctor_s_phone_needs_a_doctor() {
        assertThat(HealthRecord.empty().allergies()).isEmpty();
        assertThat(new HealthRecord(" Dr MARTIN ", "05", " Arachide ", "", true, true, false, "").allergies())
                .isEqualTo("Arachide");
        assertThatThrownBy(() -> new HealthRecord("", "05 61 00 00 00", "", "", false, false, false, ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HealthRecord("Dr X", "", "a".repeat(501), "", false, false, false, ""))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
