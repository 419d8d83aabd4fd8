package org.portailfamille.accounts.application.port.in;

import org.junit.jupiter.api.Test;
import org.portailfamille.accounts.application.FormValues;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** Each typed form of the accounts module: cleaned when built, a valid case, and its key problems per field. */
class AccountFormsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private static Map<String, String> guardian() {
        return FormValues.of("civility", "MADAME", "lastName", " Lefèvre ", "firstName", "Élodie",
                "guardianRole", "MOTHER", "maritalStatus", "MARRIED", "addressLine", "4 rue Haute", "postcode", "31400",
                "city", "Saint - Jean", "mobilePhone", "06 12 34 56 78", "email", "elodie@example.org",
                "emailConsent", "on");
    }

    @Test
    void a_guardian_form_is_cleaned_and_valid() {
        GuardianForm form = GuardianForm.fromFields(guardian());
        assertThat(form.problems()).isEmpty();
        assertThat(form.adult().lastName()).isEqualTo("LEFÈVRE");
        assertThat(form.adult().city()).isEqualTo("SAINT - JEAN");
        assertThat(form.adult().emailConsent()).isTrue();
        assertThat(form.fields().keySet()).containsExactlyElementsOf(GuardianForm.FIELDS);
        assertThat(GuardianForm.fromFields(form.fields())).isEqualTo(form);
    }

    @Test
    void a_guardian_form_names_its_problems_in_the_order_of_the_form() {
        Map<String, String> values = guardian();
        values.put("civility", "ROI");
        values.put("lastName", "");
        values.put("guardianRole", "");
        values.put("postcode", "314");
        values.put("homePhone", "abc");
        values.put("email", "pas-une-adresse");
        values.put("employer", "x".repeat(201));
        values.put("firstName", "Élo\u0000die");
        assertThat(GuardianForm.fromFields(values).problems()).containsExactly(entry("civility", "choice"),
                entry("lastName", "required"), entry("firstName", "characters"), entry("guardianRole", "required"),
                entry("postcode", "postcode"), entry("homePhone", "phone"), entry("email", "email"),
                entry("employer", "tooLong"));
    }

    @Test
    void a_partner_form_checks_the_adult_fields() {
        Map<String, String> values = guardian();
        assertThat(PartnerForm.fromFields(values).problems()).isEmpty();
        values.put("city", "");
        assertThat(PartnerForm.fromFields(values).problems()).containsExactly(entry("city", "required"));
    }

    @Test
    void a_tax_form_takes_french_decimals_and_checks_income_shares_and_year() {
        TaxForm valid = new TaxForm("24\u00a0000,50", "2,5", "2025");
        assertThat(valid.problems()).isEmpty();
        assertThat(valid.referenceIncome()).isEqualTo("24000.50");
        assertThat(valid.shares()).isEqualByComparingTo("2.5");
        assertThat(valid.year()).isEqualTo(2025);
        assertThat(new TaxForm("beaucoup", "0", "25").problems()).containsExactly(entry("referenceIncome", "income"),
                entry("taxShares", "shares"), entry("taxYear", "year"));
        assertThat(new TaxForm("", "", "").problems()).containsOnlyKeys("referenceIncome", "taxShares", "taxYear")
                .containsValue("required");
    }

    @Test
    void a_caf_form_checks_fund_number_and_an_optional_quotient() {
        assertThat(new CafForm("CAF", "1234567", "").problems()).isEmpty();
        assertThat(new CafForm("CAF", "1234567", "").quotient()).isNull();
        assertThat(new CafForm("CAF", "1234567", "512,30").quotient()).isEqualByComparingTo("512.30");
        assertThat(new CafForm("BANQUE", "", "-3").problems()).containsExactly(entry("cafFund", "choice"),
                entry("allocataireNumber", "required"), entry("cafQuotient", "amount"));
    }

    @Test
    void a_bank_form_normalises_the_iban_and_checks_it_and_never_prints_it() {
        BankForm form = new BankForm("Élodie Lefèvre", "fr76 3000 6000 0112 3456 7890 189", "agrifrpp", "", true);
        assertThat(form.problems()).isEmpty();
        assertThat(form.iban()).isEqualTo("FR7630006000011234567890189");
        assertThat(form.bic()).isEqualTo("AGRIFRPP");
        assertThat(form.toString()).doesNotContain("FR7630006000011234567890189");
        assertThat(new BankForm("", "FR76 0000", "XX", "", false).problems()).containsExactly(
                entry("accountHolder", "required"), entry("iban", "iban"), entry("bic", "bic"));
        assertThat(new BankForm("A", "", "", "", false).problems()).containsExactly(entry("iban", "required"));
        assertThat(new BankForm("A", "", "", "", false).withIban("FR7630006000011234567890189").problems()).isEmpty();
    }

    @Test
    void opening_an_account_checks_the_guardian_the_partner_names_and_an_address_for_the_credentials() {
        Map<String, String> values = guardian();
        assertThat(OpenFamilyAccountCommand.fromFields(values, true).problems()).isEmpty();
        values.put("email", "");
        values.put("partnerLastName", "Lefèvre");
        values.put("partnerCivility", "ROI");
        assertThat(OpenFamilyAccountCommand.fromFields(values, true).problems()).containsExactly(
                entry("partnerCivility", "choice"), entry("partnerFirstName", "required"),
                entry("email", "emailForCredentials"));
        assertThat(OpenFamilyAccountCommand.fromFields(values, false).partner().given()).isTrue();
    }

    @Test
    void a_registration_needs_an_e_mail_and_judges_child_rows_and_the_message() {
        Map<String, String> values = guardian();
        values.put("child1FirstName", "Hugo");
        values.put("child1BirthDate", "2019-05-04");
        values.put("child1Sex", "MALE");
        values.put("child1School", "École Jules Ferry");
        RegistrationForm valid = RegistrationForm.fromFields(values, "198.51.100.1");
        assertThat(valid.problems(TODAY)).isEmpty();
        assertThat(valid.givenChildren()).containsExactly(new RegistrationForm.ChildRow("HUGO", "", "2019-05-04",
                "MALE", "École Jules Ferry", ""));

        values.put("email", "");
        values.put("child2FirstName", "");
        values.put("child3BirthDate", "2000-01-01");
        values.put("message", "x".repeat(2001));
        assertThat(RegistrationForm.fromFields(values, "198.51.100.1").problems(TODAY)).containsExactly(
                entry("email", "required"), entry("child3FirstName", "required"),
                entry("child3BirthDate", "childBirthDate"), entry("child3Sex", "choice"), entry("message", "tooLong"));
    }

    @Test
    void a_child_identity_form_takes_a_french_date_and_checks_a_child_s_birth_date() {
        ChildIdentityForm form = new ChildIdentityForm("dupont", "léa", "12/03/2017", "FEMALE", "", "CM1");
        assertThat(form.problems(TODAY)).isEmpty();
        assertThat(form.fields()).containsEntry("lastName", "DUPONT").containsEntry("firstName", "LÉA")
                .containsEntry("birthDate", "2017-03-12");
        assertThat(new ChildIdentityForm("", "LÉA", "2030-01-01", "X", "", "x".repeat(51)).problems(TODAY))
                .containsExactly(entry("lastName", "required"), entry("birthDate", "childBirthDate"),
                        entry("sex", "choice"), entry("schoolClass", "tooLong"));
        assertThat(new ChildIdentityForm("A", "B", "1990-01-01", "MALE", "", "").problems(TODAY))
                .containsExactly(entry("birthDate", "childBirthDate"));
    }

    @Test
    void adding_a_child_needs_at_least_one_service() {
        ChildIdentityForm identity = new ChildIdentityForm("DUPONT", "HUGO", "2019-05-04", "MALE", "", "");
        assertThat(new AddChildForm(identity, false, true, false).problems(TODAY)).isEmpty();
        assertThat(new AddChildForm(identity, false, false, false).problems(TODAY))
                .containsExactly(entry("serviceLeisure", "services"));
    }

    @Test
    void authorisations_are_two_checkboxes_never_invalid() {
        AuthorisationsForm form = AuthorisationsForm.fromFields(Map.of("imageAuthorisation", "on"));
        assertThat(form).isEqualTo(new AuthorisationsForm(true, false));
        assertThat(form.problems(TODAY)).isEmpty();
    }

    @Test
    void a_health_form_allows_lines_in_allergies_and_wants_a_doctor_s_name_with_a_phone() {
        HealthForm valid = new HealthForm("Dr Martin", "05 61 00 00 00", "Arachide\nKiwi", "", true, true, false, "");
        assertThat(valid.problems(TODAY)).isEmpty();
        assertThat(new HealthForm("", "05 61 00 00 00", "", "Sans\nporc", false, false, false, "").problems(TODAY))
                .containsExactly(entry("diet", "characters"), entry("doctorName", "doctorNameForPhone"));
        assertThat(new HealthForm("", "abc", "", "", false, false, false, "").problems(TODAY))
                .containsExactly(entry("doctorPhone", "phone"));
    }

    @Test
    void authorised_persons_keep_filled_rows_and_name_problems_per_row() {
        Map<String, String> typed = FormValues.of("person0Name", "marie durand", "person0Relationship", "Grand-mère",
                "person0Phone", "06 11 22 33 44", "person0MayPickUp", "true", "person1Name", "PAUL",
                "person1Remove", "true");
        AuthorisedPersonsForm form = AuthorisedPersonsForm.fromRows(typed);
        assertThat(form.problems(TODAY)).isEmpty();
        assertThat(form.persons()).containsExactly(
                new AuthorisedPersonDetails("MARIE DURAND", "Grand-mère", "06 11 22 33 44", true, false));
        assertThat(AuthorisedPersonsForm.fromFields(form.fields()).persons()).isEqualTo(form.persons());

        typed.put("person2Name", "Jean");
        typed.put("person2Phone", "12");
        assertThat(AuthorisedPersonsForm.fromRows(typed).problems(TODAY)).containsExactly(
                entry("person2Relationship", "required"), entry("person2Phone", "phone"),
                entry("person2MayPickUp", "personRole"));
    }

    @Test
    void more_than_ten_authorised_persons_are_refused() {
        Map<String, String> typed = new HashMap<>();
        for (int i = 0; i < AuthorisedPersonsForm.MAX_ROWS; i++) {
            typed.put("person" + i + "Name", "PERSONNE " + i);
            typed.put("person" + i + "Relationship", "Ami");
            typed.put("person" + i + "Phone", "06 11 22 33 44");
            typed.put("person" + i + "EmergencyContact", "true");
        }
        assertThat(AuthorisedPersonsForm.fromRows(typed).problems(TODAY))
                .containsExactly(entry("person10Name", "tooManyPersons"));
        assertThat(AuthorisedPersonsForm.fromRows(Map.of()).persons()).isEqualTo(List.of());
    }
}
