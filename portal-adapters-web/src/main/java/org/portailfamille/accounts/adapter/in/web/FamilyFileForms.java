package org.portailfamille.accounts.adapter.in.web;

import org.portailfamille.accounts.application.port.in.BankForm;
import org.portailfamille.accounts.application.port.in.CafForm;
import org.portailfamille.accounts.application.port.in.FamilyChange;
import org.portailfamille.accounts.application.port.in.FamilyFile;
import org.portailfamille.accounts.application.port.in.GuardianForm;
import org.portailfamille.accounts.application.port.in.PartnerForm;
import org.portailfamille.accounts.application.port.in.TaxForm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;

/** The five forms of the side menu of Mon compte: their URL slug, their fields and their current values. */
public enum FamilyFileForms {

    GUARDIAN("responsable", adultFields(true), GuardianForm::fromFields),
    PARTNER("conjoint", adultFields(false), PartnerForm::fromFields),
    TAX("fiscales", List.of(
            FormField.text("referenceIncome", "off", true).withHint().withInputMode("decimal"),
            FormField.select("taxShares", IntStream.rangeClosed(2, 20).mapToObj(i -> half(i)).toList(), ""),
            FormField.text("taxYear", "off", true).withInputMode("numeric")), TaxForm::fromFields),
    CAF("caf", List.of(
            FormField.select("cafFund", List.of("CAF", "MSA", "OTHER"), "benefitFund."),
            FormField.text("allocataireNumber", "off", true).withHint(),
            FormField.text("cafQuotient", "off", false).withHint().withInputMode("decimal")), CafForm::fromFields),
    BANK("bancaires", List.of(
            FormField.text("accountHolder", "name", true),
            FormField.text("iban", "off", true).withHint(),
            FormField.text("bic", "off", false).withHint(),
            FormField.text("bankName", "off", false),
            FormField.checkbox("directDebit").withHint()), BankForm::fromFields);

    private final String slug;
    private final List<FormField> fields;
    private final Function<Map<String, String>, FamilyChange> typedForm;

    FamilyFileForms(String slug, List<FormField> fields, Function<Map<String, String>, FamilyChange> typedForm) {
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

    static Optional<FamilyFileForms> bySlug(String slug) {
        return Arrays.stream(values()).filter(form -> form.slug.equals(slug)).findFirst();
    }

    private static String half(int doubled) {
        return doubled % 2 == 0 ? Integer.toString(doubled / 2) : (doubled / 2) + ".5";
    }

    private static List<FormField> adultFields(boolean guardian) {
        List<FormField> fields = new ArrayList<>();
        fields.add(FormField.select("civility", List.of("MONSIEUR", "MADAME"), "civility."));
        fields.add(FormField.text("lastName", "family-name", true));
        fields.add(FormField.text("firstName", "given-name", true));
        if (guardian) {
            fields.add(FormField.select("guardianRole", List.of("FATHER", "MOTHER", "TUTOR", "OTHER"), "guardianRole."));
            fields.add(FormField.select("maritalStatus", List.of("MARRIED", "CIVIL_UNION", "COHABITING", "SINGLE",
                    "SEPARATED", "DIVORCED", "WIDOWED"), "maritalStatus."));
        }
        fields.add(FormField.text("addressLine", "address-line1", true));
        fields.add(FormField.text("postcode", "postal-code", true).withHint().withInputMode("numeric"));
        fields.add(FormField.text("city", "address-level2", true));
        fields.add(FormField.text("homePhone", "tel", false).withKind("tel").withHint());
        fields.add(FormField.text("workPhone", "tel", false).withKind("tel"));
        fields.add(FormField.text("mobilePhone", "tel", false).withKind("tel"));
        fields.add(FormField.text("email", "email", false).withKind("email").withHint());
        fields.add(FormField.text("profession", "organization-title", false));
        fields.add(FormField.text("socioProfessionalCategory", "off", false));
        fields.add(FormField.text("employer", "organization", false));
        fields.add(FormField.text("employerAddress", "off", false));
        fields.add(FormField.checkbox("emailConsent"));
        fields.add(FormField.checkbox("smsConsent"));
        return List.copyOf(fields);
    }

    /** The typed form from the values posted for this form's fields. */
    FamilyChange change(Map<String, String> typed) {
        return typedForm.apply(typed);
    }

    /**
     * The form pre-filled with the family file (the IBAN is left empty: the current one is kept); amounts are shown
     * with a decimal comma. Details not on file yet get the form's defaults.
     */
    Map<String, String> currentValues(FamilyFile file, AccountFormMapper mapper) {
        Map<String, String> values = new HashMap<>();
        switch (this) {
            case GUARDIAN -> values.putAll(mapper.guardianForm(file).fields());
            case PARTNER -> {
                if (file.partner() != null) {
                    values.putAll(mapper.partnerForm(file.partner()).fields());
                } else {
                    values.put("civility", "MADAME");
                    values.put("emailConsent", "true");
                }
            }
            case TAX -> {
                if (file.tax() != null) {
                    values.putAll(mapper.taxForm(file.tax()).fields());
                    values.computeIfPresent("referenceIncome", (field, amount) -> amount.replace('.', ','));
                } else {
                    values.put("taxShares", "1");
                }
            }
            case CAF -> {
                if (file.caf() != null) {
                    values.putAll(mapper.cafForm(file.caf()).fields());
                    values.computeIfPresent("cafQuotient", (field, amount) -> amount.replace('.', ','));
                }
            }
            case BANK -> {
                if (file.bank() != null) {
                    values.putAll(mapper.bankForm(file.bank()).fields());
                }
            }
        }
        return values;
    }
}
