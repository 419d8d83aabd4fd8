package org.portailfamille.accounts.application.service;

import org.junit.jupiter.api.Test;
import org.portailfamille.accounts.application.FormValues;
import org.portailfamille.accounts.application.port.in.ApplyFamilyRequestCommand;
import org.portailfamille.accounts.application.port.in.BankForm;
import org.portailfamille.accounts.application.port.in.CafForm;
import org.portailfamille.accounts.application.port.in.FamilyChange;
import org.portailfamille.accounts.application.port.in.GuardianForm;
import org.portailfamille.accounts.application.port.in.PartnerForm;
import org.portailfamille.accounts.application.port.in.SubmitFamilyChangeCommand;
import org.portailfamille.accounts.application.port.in.TaxForm;
import org.portailfamille.accounts.application.port.in.FamilyChangeOutcome;
import org.portailfamille.accounts.application.port.in.FamilyChangeOutcome.Status;
import org.portailfamille.accounts.application.port.in.FamilyFile;
import org.portailfamille.accounts.application.port.out.AppliedRequests;
import org.portailfamille.accounts.domain.Family;
import org.portailfamille.requests.application.port.in.SubmitRequestCommand;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class FamilyChangeServicesTest {

    private final InMemoryAccounts world = new InMemoryAccounts();
    private final SubmittedRequests requests = new SubmittedRequests();
    private final List<SubmitRequestCommand> submitted = requests.list;
    private final SubmitFamilyChangeService submit = new SubmitFamilyChangeService(world.families,
            new FamilyFileChanges(), requests);
    private final Set<UUID> applied = new HashSet<>();
    private final AppliedRequests appliedRequests = (id, at) -> applied.add(id);
    private final List<org.portailfamille.accounts.BankDetailsChanged> events = new ArrayList<>();
    private final ApplyFamilyRequestService apply = new ApplyFamilyRequestService(world.families, new FamilyFileChanges(), appliedRequests,
            events::add, world.clock);
    private final GetFamilyFileService files = new GetFamilyFileService(world.families);
    private final Family family = world.family("1001001818331", "jean.dupont@example.org");

    private Map<String, String> guardian() {
        return FormValues.of("civility", "MONSIEUR", "lastName", "DUPONT", "firstName", "JEAN",
                "guardianRole", "FATHER", "maritalStatus", "SEPARATED", "addressLine", "12 RUE DES BONBONS",
                "postcode", "31400", "city", "SAINT - JEAN", "homePhone", "01.02.03.04.05",
                "email", "jean.dupont@example.org", "emailConsent", "true", "smsConsent", "false");
    }

    private FamilyChangeOutcome submit(String kind, Map<String, String> values) {
        return submit.submitFamilyChange(new SubmitFamilyChangeCommand(family.id(), "jean.dupont", form(kind, values)));
    }

    /** The typed form of {@code kind} built from values by field name, as the web adapter builds it. */
    static FamilyChange form(String kind, Map<String, String> values) {
        return switch (kind) {
            case "GUARDIAN" -> GuardianForm.fromFields(values);
            case "PARTNER" -> PartnerForm.fromFields(values);
            case "TAX" -> TaxForm.fromFields(values);
            case "CAF" -> CafForm.fromFields(values);
            case "BANK" -> BankForm.fromFields(values);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private void acceptLast() {
        SubmitRequestCommand request = requests.last();
        apply.applyAcceptedRequest(new ApplyFamilyRequestCommand(UUID.randomUUID(), request.type(), request.familyId(),
                request.payload()));
    }

    @Test
    void an_unchanged_form_submits_nothing() {
        assertThat(submit("GUARDIAN", guardian()).status()).isEqualTo(Status.UNCHANGED);
        assertThat(submitted).isEmpty();
    }

    @Test
    void a_change_becomes_a_request_listing_only_what_changed() {
        Map<String, String> values = guardian();
        values.put("addressLine", "3 avenue des Fleurs");
        values.put("maritalStatus", "MARRIED");
        values.put("city", "saint - jean");
        FamilyChangeOutcome outcome = submit("GUARDIAN", values);
        assertThat(outcome.status()).isEqualTo(Status.SUBMITTED);
        SubmitRequestCommand request = submitted.get(0);
        assertThat(request.type()).isEqualTo("accounts.guardian");
        assertThat(request.area()).isEqualTo("ACCOUNT");
        assertThat(request.changes()).extracting(c -> c.labelKey() + "=" + c.oldValue() + ">" + c.newValue())
                .containsExactly("field.maritalStatus=maritalStatus.SEPARATED>maritalStatus.MARRIED",
                        "field.addressLine=12 RUE DES BONBONS>3 avenue des Fleurs");
        assertThat(request.payload()).contains(entry("addressLine", "3 avenue des Fleurs"),
                entry("old.addressLine", "12 RUE DES BONBONS"));
        assertThat(world.familyRows.get(family.id()).guardian().address().line()).isEqualTo("12 RUE DES BONBONS");
    }

    @Test
    void each_field_is_checked_and_invalid_input_changes_nothing() {
        Map<String, String> values = guardian();
        values.put("postcode", "314");
        values.put("homePhone", "12345");
        values.put("email", "jean.dupont@");
        values.put("lastName", "");
        values.put("civility", "<script>");
        values.put("addressLine", "12 rue\u0000");
        FamilyChangeOutcome outcome = submit("GUARDIAN", values);
        assertThat(outcome.status()).isEqualTo(Status.INVALID);
        assertThat(outcome.problems()).containsOnly(entry("postcode", "postcode"), entry("homePhone", "phone"),
                entry("email", "email"), entry("lastName", "required"), entry("civility", "choice"),
                entry("addressLine", "characters"));
        assertThat(submitted).isEmpty();
    }

    @Test
    void french_phone_numbers_are_accepted_in_their_usual_forms() {
        for (String phone : List.of("01 02 03 04 05", "0102030405", "01-02-03-04-05", "+33 6 12 34 56 78", "+33612345678")) {
            Map<String, String> values = guardian();
            values.put("mobilePhone", phone);
            assertThat(submit("GUARDIAN", values).problems()).as(phone).isEmpty();
        }
    }

    @Test
    void tax_details_give_the_family_quotient_and_reject_bad_figures() {
        FamilyChangeOutcome outcome = submit("TAX", Map.of("referenceIncome", "32 500,50", "taxShares", "2.5",
                "taxYear", "2025"));
        assertThat(outcome.status()).isEqualTo(Status.SUBMITTED);
        assertThat(outcome.impliedQuotient()).isEqualByComparingTo("1083.35"); // 32500.50 / 12 / 2.5
        assertThat(submit("TAX", Map.of("referenceIncome", "-1", "taxShares", "2.25", "taxYear", "25")).problems())
                .containsOnly(entry("referenceIncome", "income"), entry("taxShares", "shares"), entry("taxYear", "year"));
        assertThat(submit("TAX", Map.of("referenceIncome", "1000", "taxShares", "10.5", "taxYear", "2025")).problems())
                .containsOnly(entry("taxShares", "shares"));
    }

    @Test
    void bank_details_check_the_iban_and_keep_it_masked_for_display() {
        assertThat(submit("BANK", Map.of("accountHolder", "DUPONT JEAN", "iban", "FR76 3000 6000 0112 3456 7890 188",
                "bic", "AGRIFRPP", "directDebit", "true")).problems()).containsOnly(entry("iban", "iban"));
        FamilyChangeOutcome ok = submit("BANK", Map.of("accountHolder", "DUPONT JEAN",
                "iban", "fr76 3000 6000 0112 3456 7890 189", "bic", "agrifrpp", "directDebit", "true"));
        assertThat(ok.status()).isEqualTo(Status.SUBMITTED);
        assertThat(submitted.get(0).changes()).anySatisfy(change -> {
            assertThat(change.labelKey()).isEqualTo("field.iban");
            assertThat(change.newValue()).isEqualTo("•••••••••••••••••••••••0189").doesNotContain("3000");
        });
        assertThat(submitted.get(0).payload()).containsEntry("iban", "FR7630006000011234567890189");

        acceptLast();
        FamilyFile.Bank bank = files.familyFile(family.id()).orElseThrow().bank();
        assertThat(bank.maskedIban()).endsWith("0189").doesNotContain("3000");
        assertThat(bank.directDebit()).isTrue();
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.directDebit()).isTrue();
            assertThat(event.iban()).isEqualTo("FR7630006000011234567890189");
        });

        // The form does not show the IBAN: left empty it stays; changing only the bank name is one change.
        FamilyChangeOutcome renamed = submit("BANK", Map.of("accountHolder", "DUPONT JEAN", "iban", "",
                "bic", "AGRIFRPP", "bankName", "Crédit Agricole", "directDebit", "true"));
        assertThat(renamed.status()).isEqualTo(Status.SUBMITTED);
        assertThat(submitted.get(1).changes()).extracting(c -> c.labelKey()).containsExactly("field.bankName");
    }

    @Test
    void the_partner_form_adds_a_partner_to_a_family_without_one() {
        Map<String, String> partner = guardian();
        partner.remove("guardianRole");
        partner.remove("maritalStatus");
        partner.put("civility", "MADAME");
        partner.put("firstName", "JEANNE");
        assertThat(files.familyFile(family.id()).orElseThrow().partner()).isNull();
        assertThat(submit("PARTNER", partner).status()).isEqualTo(Status.SUBMITTED);
        acceptLast();
        assertThat(files.familyFile(family.id()).orElseThrow().partner().firstName()).isEqualTo("JEANNE");
    }

    @Test
    void caf_details_are_applied_when_accepted() {
        assertThat(submit("CAF", Map.of("cafFund", "MSA", "allocataireNumber", "AB 12", "cafQuotient", "")).problems())
                .containsOnly(entry("allocataireNumber", "allocataire"));
        assertThat(submit("CAF", Map.of("cafFund", "MSA", "allocataireNumber", "1234567A", "cafQuotient", "650,5"))
                .status()).isEqualTo(Status.SUBMITTED);
        acceptLast();
        FamilyFile.Caf caf = files.familyFile(family.id()).orElseThrow().caf();
        assertThat(caf.fund()).isEqualTo("MSA");
        assertThat(caf.quotient()).isEqualByComparingTo(new BigDecimal("650.50"));
    }

    @Test
    void a_request_conflicts_once_the_file_changed_and_applies_once() {
        Map<String, String> first = guardian();
        first.put("addressLine", "1 PLACE DU MARCHE");
        submit("GUARDIAN", first);
        Map<String, String> second = guardian();
        second.put("addressLine", "2 PLACE DU MARCHE");
        submit("GUARDIAN", second);
        SubmitRequestCommand secondRequest = submitted.get(1);
        ApplyFamilyRequestCommand secondCommand = new ApplyFamilyRequestCommand(UUID.randomUUID(),
                secondRequest.type(), secondRequest.familyId(), secondRequest.payload());
        assertThat(apply.conflictWithFile(secondCommand)).isEmpty();

        SubmitRequestCommand firstRequest = submitted.get(0);
        ApplyFamilyRequestCommand firstCommand = new ApplyFamilyRequestCommand(UUID.randomUUID(), firstRequest.type(),
                firstRequest.familyId(), firstRequest.payload());
        apply.applyAcceptedRequest(firstCommand);
        assertThat(apply.conflictWithFile(secondCommand)).contains("request.conflict.fileChanged");

        world.familyRows.get(family.id()).changeGuardian(world.familyRows.get(family.id()).guardian());
        apply.applyAcceptedRequest(firstCommand);
        assertThat(applied).hasSize(1);
    }
}
