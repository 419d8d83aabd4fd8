package org.portailfamille.accounts.application.port.in;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.portailfamille.accounts.application.FormValues;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, finding 10: every name field (guardian, partner, the staff's new account, a child, an authorised person,
 * the doctor) refuses bidirectional overrides, zero-width characters and full-width look-alikes ("deceptive", a
 * French message on the form), and still takes real names.
 */
class DeceptiveNamesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @ParameterizedTest
    @ValueSource(strings = {"DUPONT\u202EEGNAL", "DU\u202APONT", "DU\u2066PONT\u2069", "DU\u200BPONT",
            "DU\u200DPONT", "\uFEFFDUPONT", "ＤＵＰＯＮＴ", "DUP\u200FONT", "DU\u2060PONT"})
    void every_name_field_refuses_a_deceptive_name(String name) {
        assertThat(GuardianForm.fromFields(FormValues.of("lastName", name, "firstName", "JEAN")).problems())
                .containsEntry("lastName", "deceptive");
        assertThat(GuardianForm.fromFields(FormValues.of("lastName", "DUPONT", "firstName", name)).problems())
                .containsEntry("firstName", "deceptive");
        assertThat(OpenFamilyAccountCommand.fromFields(FormValues.of("lastName", "DUPONT", "firstName", "JEAN",
                "partnerCivility", "MADAME", "partnerLastName", name, "partnerFirstName", "JEANNE"), false).problems())
                .containsEntry("partnerLastName", "deceptive");
        assertThat(ChildIdentityForm.fromFields(FormValues.of("lastName", "DUPONT", "firstName", name,
                "birthDate", "15/03/2019", "sex", "FEMALE")).problems(TODAY)).containsEntry("firstName", "deceptive");
        assertThat(AuthorisedPersonsForm.fromRows(FormValues.of("person0Name", name, "person0Relationship", "Oncle",
                "person0Phone", "0601020304", "person0MayPickUp", "on")).problems(TODAY))
                .containsEntry("person0Name", "deceptive");
        assertThat(new HealthForm(name, "", "", "", false, false, false, "").problems(TODAY))
                .containsEntry("doctorName", "deceptive");
    }

    @ParameterizedTest
    @ValueSource(strings = {"DUPONT", "N'DIAYE", "LE GALL-ÉLÉONORE", "Müller", "Zoë", "O’BRIEN", "Ñúñez", "Łukasz"})
    void real_names_stay_allowed(String name) {
        assertThat(GuardianForm.fromFields(FormValues.of("lastName", name, "firstName", "JEAN")).problems())
                .doesNotContainKeys("lastName");
        assertThat(AuthorisedPersonsForm.fromRows(FormValues.of("person0Name", name, "person0Relationship", "Oncle",
                "person0Phone", "0601020304", "person0MayPickUp", "on")).problems(TODAY))
                .doesNotContainKeys("person0Name");
    }
}
