package org.portailfamille.accounts.application.service;

import org.portailfamille.accounts.domain.BankDetails;
import org.portailfamille.accounts.domain.BenefitFund;
import org.portailfamille.accounts.domain.CafDetails;
import org.portailfamille.accounts.domain.Civility;
import org.portailfamille.accounts.domain.ContactDetails;
import org.portailfamille.accounts.domain.ContactRules;
import org.portailfamille.accounts.domain.Family;
import org.portailfamille.accounts.domain.Guardian;
import org.portailfamille.accounts.domain.GuardianRole;
import org.portailfamille.accounts.domain.MaritalStatus;
import org.portailfamille.accounts.domain.Occupation;
import org.portailfamille.accounts.domain.Partner;
import org.portailfamille.accounts.domain.PersonName;
import org.portailfamille.accounts.domain.PostalAddress;
import org.portailfamille.accounts.domain.TaxDetails;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The fields of each Mon compte form: their current values in a family file, how typed values are
 * normalised and checked, and how accepted values are applied. Field names are those of the forms.
 */
final class FamilyFileFields {

    /** The five forms of Mon compte and the request type each one submits. */
    enum Kind {
        GUARDIAN("accounts.guardian", ADULT_FIELDS_WITH_ROLE),
        PARTNER("accounts.partner", ADULT_FIELDS),
        TAX("accounts.tax", List.of("referenceIncome", "taxShares", "taxYear")),
        CAF("accounts.caf", List.of("cafFund", "allocataireNumber", "cafQuotient")),
        BANK("accounts.bank", List.of("accountHolder", "iban", "bic", "bankName", "directDebit"));

        final String type;
        final List<String> fields;

        Kind(String type, List<String> fields) {
            this.type = type;
            this.fields = fields;
        }

        static Optional<Kind> ofType(String type) {
            return Arrays.stream(values()).filter(kind -> kind.type.equals(type)).findFirst();
        }
    }

    static final List<String> ADULT_FIELDS = List.of("civility", "lastName", "firstName", "addressLine", "postcode",
            "city", "homePhone", "workPhone", "mobilePhone", "email", "profession", "socioProfessionalCategory",
            "employer", "employerAddress", "emailConsent", "smsConsent");
    static final List<String> ADULT_FIELDS_WITH_ROLE;

    static {
        java.util.ArrayList<String> fields = new java.util.ArrayList<>(ADULT_FIELDS);
        fields.add(3, "guardianRole");
        fields.add(4, "maritalStatus");
        ADULT_FIELDS_WITH_ROLE = List.copyOf(fields);
    }

    /** Coded fields and the message-key prefix of their values. */
    private static final Map<String, String> CODE_PREFIXES = Map.of("civility", "civility.", "guardianRole",
            "guardianRole.", "maritalStatus", "maritalStatus.", "cafFund", "benefitFund.", "emailConsent", "yesNo.",
            "smsConsent", "yesNo.", "directDebit", "yesNo.");

    private static final Map<String, Integer> MAX_LENGTHS = Map.ofEntries(Map.entry("lastName", 100),
            Map.entry("firstName", 100), Map.entry("addressLine", 200), Map.entry("city", 100),
            Map.entry("profession", 100), Map.entry("socioProfessionalCategory", 100), Map.entry("employer", 200),
            Map.entry("employerAddress", 300), Map.entry("accountHolder", 100), Map.entry("bankName", 100),
            Map.entry("email", 254), Map.entry("homePhone", 30), Map.entry("workPhone", 30),
            Map.entry("mobilePhone", 30), Map.entry("postcode", 5), Map.entry("allocataireNumber", 20),
            Map.entry("iban", 42), Map.entry("bic", 14), Map.entry("referenceIncome", 20),
            Map.entry("taxShares", 5), Map.entry("taxYear", 4), Map.entry("cafQuotient", 20));

    private static final List<String> REQUIRED = List.of("civility", "lastName", "firstName", "guardianRole",
            "maritalStatus", "addressLine", "postcode", "city", "referenceIncome", "taxShares", "taxYear", "cafFund",
            "allocataireNumber", "accountHolder", "iban");

    private FamilyFileFields() {
    }

    // ---- current values ----------------------------------------------------------------------------------

    static Map<String, String> current(Kind kind, Family family) {
        Map<String, String> values = new LinkedHashMap<>();
        switch (kind) {
            case GUARDIAN -> {
                Guardian g = family.guardian();
                putAdult(values, g.civility(), g.name(), g.address(), g.contact(), g.occupation());
                values.put("guardianRole", g.role().name());
                values.put("maritalStatus", g.maritalStatus().name());
            }
            case PARTNER -> family.partner().ifPresentOrElse(
                    p -> putAdult(values, p.civility(), p.name(), p.address(), p.contact(), p.occupation()),
                    () -> kind.fields.forEach(field -> values.put(field, "")));
            case TAX -> {
                TaxDetails tax = family.taxDetails().orElse(null);
                values.put("referenceIncome", tax == null ? "" : tax.referenceIncome().toPlainString());
                values.put("taxShares", tax == null ? "" : tax.taxShares().stripTrailingZeros().toPlainString());
                values.put("taxYear", tax == null ? "" : Integer.toString(tax.year()));
            }
            case CAF -> {
                CafDetails caf = family.cafDetails().orElse(null);
                values.put("cafFund", caf == null ? "" : caf.fund().name());
                values.put("allocataireNumber", caf == null ? "" : caf.allocataireNumber());
                values.put("cafQuotient", caf == null || caf.quotient() == null ? "" : caf.quotient().toPlainString());
            }
            case BANK -> {
                BankDetails bank = family.bankDetails().orElse(null);
                values.put("accountHolder", bank == null ? "" : bank.holder());
                values.put("iban", bank == null ? "" : bank.iban());
                values.put("bic", bank == null ? "" : bank.bic());
                values.put("bankName", bank == null ? "" : bank.bankName());
                values.put("directDebit", Boolean.toString(bank != null && bank.directDebit()));
            }
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        kind.fields.forEach(field -> ordered.put(field, values.getOrDefault(field, "")));
        return ordered;
    }

    private static void putAdult(Map<String, String> values, Civility civility, PersonName name, PostalAddress address,
                                 ContactDetails contact, Occupation occupation) {
        values.put("civility", civility.name());
        values.put("lastName", name.lastName());
        values.put("firstName", name.firstName());
        values.put("addressLine", address.line());
        values.put("postcode", address.postcode());
        values.put("city", address.city());
        values.put("homePhone", contact.homePhone());
        values.put("workPhone", contact.workPhone());
        values.put("mobilePhone", contact.mobilePhone());
        values.put("email", contact.email());
        values.put("emailConsent", Boolean.toString(contact.emailConsent()));
        values.put("smsConsent", Boolean.toString(contact.smsConsent()));
        values.put("profession", occupation.profession());
        values.put("socioProfessionalCategory", occupation.socioProfessionalCategory());
        values.put("employer", occupation.employer());
        values.put("employerAddress", occupation.employerAddress());
    }

    // ---- typed values ------------------------------------------------------------------------------------

    /** The form's values, trimmed and in the stored format (IBAN without spaces, decimals with a dot). */
    static Map<String, String> normalise(Kind kind, Map<String, String> typed) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : kind.fields) {
            String value = typed.getOrDefault(field, "");
            value = value == null ? "" : value.strip();
            switch (field) {
                case "emailConsent", "smsConsent", "directDebit" -> value = Boolean.toString("true".equals(value)
                        || "on".equals(value));
                case "iban", "bic" -> value = BankDetails.normalise(value);
                case "referenceIncome", "taxShares", "cafQuotient" -> value = value.replace("\u00a0", "")
                        .replace("\u202f", "").replace(" ", "").replace(',', '.');
                case "lastName", "city" -> value = value.toUpperCase(java.util.Locale.FRENCH);
                default -> { }
            }
            values.put(field, value);
        }
        return values;
    }

    /** Problem code per field in error ("required", "tooLong", "postcode", "phone", …). */
    static Map<String, String> problems(Kind kind, Map<String, String> values) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (String field : kind.fields) {
            String value = values.get(field);
            String problem = problem(field, value);
            if (problem != null) {
                problems.put(field, problem);
            }
        }
        return problems;
    }

    private static String problem(String field, String value) {
        if (value.chars().anyMatch(Character::isISOControl)) {
            return "characters";
        }
        if (value.isEmpty()) {
            return REQUIRED.contains(field) ? "required" : null;
        }
        Integer max = MAX_LENGTHS.get(field);
        if (max != null && value.length() > max && !field.equals("iban") && !field.equals("bic")) {
            return "tooLong";
        }
        return switch (field) {
            case "civility" -> isOneOf(value, Civility.values()) ? null : "choice";
            case "guardianRole" -> isOneOf(value, GuardianRole.values()) ? null : "choice";
            case "maritalStatus" -> isOneOf(value, MaritalStatus.values()) ? null : "choice";
            case "cafFund" -> isOneOf(value, BenefitFund.values()) ? null : "choice";
            case "postcode" -> ContactRules.isValidPostcode(value) ? null : "postcode";
            case "homePhone", "workPhone", "mobilePhone" -> ContactRules.isValidPhone(value) ? null : "phone";
            case "email" -> ContactRules.isValidEmail(value) ? null : "email";
            case "referenceIncome" -> decimal(value).filter(TaxDetails::isValidIncome).isPresent() ? null : "income";
            case "taxShares" -> decimal(value).filter(TaxDetails::isValidShares).isPresent() ? null : "shares";
            case "taxYear" -> value.matches("\\d{4}") && TaxDetails.isValidYear(Integer.parseInt(value)) ? null : "year";
            case "cafQuotient" -> decimal(value).filter(isAmount()).isPresent() ? null : "amount";
            case "allocataireNumber" -> CafDetails.isValidAllocataireNumber(value) ? null : "allocataire";
            case "iban" -> BankDetails.isValidIban(value) ? null : "iban";
            case "bic" -> BankDetails.isValidBic(value) ? null : "bic";
            default -> null;
        };
    }

    /** A required person's name (first or last): present, at most 100 characters, no control character. */
    static void checkName(String field, String value, Map<String, String> problems) {
        if (value.isEmpty()) {
            problems.put(field, "required");
        } else if (value.length() > 100) {
            problems.put(field, "tooLong");
        } else if (value.chars().anyMatch(Character::isISOControl)) {
            problems.put(field, "characters");
        }
    }

    /** A partner known only by civility and names (forms that open an account): all three, or none. */
    static void checkPartnerNames(String civility, String lastName, String firstName, Map<String, String> problems) {
        if (lastName.isEmpty() && firstName.isEmpty()) {
            return;
        }
        if (!civility.equals("MONSIEUR") && !civility.equals("MADAME")) {
            problems.put("partnerCivility", "choice");
        }
        checkName("partnerLastName", lastName, problems);
        checkName("partnerFirstName", firstName, problems);
    }

    private static Predicate<BigDecimal> isAmount() {
        return amount -> amount.signum() >= 0 && amount.scale() <= 2 && amount.compareTo(new BigDecimal("1000000")) < 0;
    }

    static Optional<BigDecimal> decimal(String value) {
        if (!value.matches("\\d{1,12}(\\.\\d{1,2})?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(value));
    }

    private static boolean isOneOf(String value, Enum<?>[] choices) {
        return Arrays.stream(choices).anyMatch(choice -> choice.name().equals(value));
    }

    // ---- display -----------------------------------------------------------------------------------------

    static boolean isCoded(String field) {
        return CODE_PREFIXES.containsKey(field);
    }

    /** How a value is shown in a request: codes become message keys, the IBAN is masked. */
    static String display(String field, String value) {
        if (value.isEmpty()) {
            return "";
        }
        if (isCoded(field)) {
            return CODE_PREFIXES.get(field) + value;
        }
        if (field.equals("iban")) {
            return BankDetails.mask(value);
        }
        if (field.equals("referenceIncome") || field.equals("cafQuotient") || field.equals("taxShares")) {
            return value.replace('.', ',');
        }
        return value;
    }

    // ---- applying ----------------------------------------------------------------------------------------

    static void apply(Kind kind, Family family, Map<String, String> v) {
        switch (kind) {
            case GUARDIAN -> family.changeGuardian(guardianOf(v));
            case PARTNER -> family.changePartner(new Partner(Civility.valueOf(v.get("civility")),
                    new PersonName(v.get("lastName"), v.get("firstName")), address(v), contact(v), occupation(v)));
            case TAX -> family.changeTaxDetails(new TaxDetails(new BigDecimal(v.get("referenceIncome")),
                    new BigDecimal(v.get("taxShares")), Integer.parseInt(v.get("taxYear"))));
            case CAF -> family.changeCafDetails(new CafDetails(BenefitFund.valueOf(v.get("cafFund")),
                    v.get("allocataireNumber"), v.get("cafQuotient").isEmpty() ? null : new BigDecimal(v.get("cafQuotient"))));
            case BANK -> family.changeBankDetails(new BankDetails(v.get("accountHolder"), v.get("iban"), v.get("bic"),
                    v.get("bankName"), Boolean.parseBoolean(v.get("directDebit"))));
        }
    }

    /** A guardian from valid values of the "Infos Responsable" fields. */
    static Guardian guardianOf(Map<String, String> v) {
        return new Guardian(Civility.valueOf(v.get("civility")), new PersonName(v.get("lastName"), v.get("firstName")),
                GuardianRole.valueOf(v.get("guardianRole")), MaritalStatus.valueOf(v.get("maritalStatus")), address(v),
                contact(v), occupation(v));
    }

    private static PostalAddress address(Map<String, String> v) {
        return new PostalAddress(v.get("addressLine"), v.get("postcode"), v.get("city"));
    }

    private static ContactDetails contact(Map<String, String> v) {
        return new ContactDetails(v.get("homePhone"), v.get("workPhone"), v.get("mobilePhone"), v.get("email"),
                Boolean.parseBoolean(v.get("emailConsent")), Boolean.parseBoolean(v.get("smsConsent")));
    }

    private static Occupation occupation(Map<String, String> v) {
        return new Occupation(v.get("profession"), v.get("socioProfessionalCategory"), v.get("employer"),
                v.get("employerAddress"));
    }
}
