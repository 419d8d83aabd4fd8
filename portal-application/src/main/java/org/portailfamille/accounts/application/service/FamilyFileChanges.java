package org.portailfamille.accounts.application.service;

import org.portailfamille.accounts.application.port.in.AdultForm;
import org.portailfamille.accounts.application.port.in.BankForm;
import org.portailfamille.accounts.application.port.in.CafForm;
import org.portailfamille.accounts.application.port.in.FamilyChange;
import org.portailfamille.accounts.application.port.in.GuardianForm;
import org.portailfamille.accounts.application.port.in.PartnerForm;
import org.portailfamille.accounts.application.port.in.TaxForm;
import org.portailfamille.accounts.domain.BankDetails;
import org.portailfamille.accounts.domain.BenefitFund;
import org.portailfamille.accounts.domain.CafDetails;
import org.portailfamille.accounts.domain.Civility;
import org.portailfamille.accounts.domain.ContactDetails;
import org.portailfamille.accounts.domain.Family;
import org.portailfamille.accounts.domain.Guardian;
import org.portailfamille.accounts.domain.GuardianRole;
import org.portailfamille.accounts.domain.MaritalStatus;
import org.portailfamille.accounts.domain.Occupation;
import org.portailfamille.accounts.domain.Partner;
import org.portailfamille.accounts.domain.PersonName;
import org.portailfamille.accounts.domain.PostalAddress;
import org.portailfamille.accounts.domain.TaxDetails;
import org.portailfamille.requests.application.port.in.FieldChangeView;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The family file seen through the forms of Mon compte: the request type of each form, the current values of a
 * form's fields in a family, the changes shown to staff (codes as message keys, the IBAN masked), and how an
 * accepted form is applied to the family.
 */
public final class FamilyFileChanges {

    /** The five forms and the request type each one submits. */
    enum Kind {
        GUARDIAN("accounts.guardian", GuardianForm.class, GuardianForm.FIELDS, GuardianForm::fromFields),
        PARTNER("accounts.partner", PartnerForm.class, PartnerForm.FIELDS, PartnerForm::fromFields),
        TAX("accounts.tax", TaxForm.class, TaxForm.FIELDS, TaxForm::fromFields),
        CAF("accounts.caf", CafForm.class, CafForm.FIELDS, CafForm::fromFields),
        BANK("accounts.bank", BankForm.class, BankForm.FIELDS, BankForm::fromFields);

        final String type;
        final Class<? extends FamilyChange> form;
        final List<String> fields;
        final Function<Map<String, String>, FamilyChange> decoder;

        Kind(String type, Class<? extends FamilyChange> form, List<String> fields,
             Function<Map<String, String>, FamilyChange> decoder) {
            this.type = type;
            this.form = form;
            this.fields = fields;
            this.decoder = decoder;
        }

        static Kind of(FamilyChange change) {
            return Arrays.stream(values()).filter(kind -> kind.form.isInstance(change)).findFirst().orElseThrow();
        }

        static Optional<Kind> ofType(String type) {
            return Arrays.stream(values()).filter(kind -> kind.type.equals(type)).findFirst();
        }
    }

    /** Coded fields and the message-key prefix of their values. */
    private static final Map<String, String> CODE_PREFIXES = Map.of("civility", "civility.", "guardianRole",
            "guardianRole.", "maritalStatus", "maritalStatus.", "cafFund", "benefitFund.", "emailConsent", "yesNo.",
            "smsConsent", "yesNo.", "directDebit", "yesNo.");

    /** The request type a form submits. */
    String typeOf(FamilyChange change) {
        return Kind.of(change).type;
    }

    /** The form a stored request of {@code type} carries in its payload, if the type is one of Mon compte's. */
    Optional<FamilyChange> decode(String type, Map<String, String> payload) {
        return Kind.ofType(type).map(kind -> kind.decoder.apply(payload));
    }

    /**
     * The current values of the fields of {@code change}'s form in the family, as stored (empty texts for details
     * not given).
     */
    Map<String, String> current(FamilyChange change, Family family) {
        Kind kind = Kind.of(change);
        Map<String, String> values = new LinkedHashMap<>();
        kind.fields.forEach(field -> values.put(field, ""));
        switch (kind) {
            case GUARDIAN -> {
                Guardian g = family.guardian();
                putAdult(values, g.civility(), g.name(), g.address(), g.contact(), g.occupation());
                values.put("guardianRole", g.role().name());
                values.put("maritalStatus", g.maritalStatus().name());
            }
            case PARTNER -> family.partner().ifPresent(p -> putAdult(values, p.civility(), p.name(), p.address(),
                    p.contact(), p.occupation()));
            case TAX -> family.taxDetails().ifPresent(tax -> {
                values.put("referenceIncome", tax.referenceIncome().toPlainString());
                values.put("taxShares", tax.taxShares().stripTrailingZeros().toPlainString());
                values.put("taxYear", Integer.toString(tax.year()));
            });
            case CAF -> family.cafDetails().ifPresent(caf -> {
                values.put("cafFund", caf.fund().name());
                values.put("allocataireNumber", caf.allocataireNumber());
                values.put("cafQuotient", caf.quotient() == null ? "" : caf.quotient().toPlainString());
            });
            case BANK -> {
                BankDetails bank = family.bankDetails().orElse(null);
                if (bank != null) {
                    values.put("accountHolder", bank.holder());
                    values.put("iban", bank.iban());
                    values.put("bic", bank.bic());
                    values.put("bankName", bank.bankName());
                }
                values.put("directDebit", Boolean.toString(bank != null && bank.directDebit()));
            }
        }
        return values;
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
        values.put("profession", occupation.profession());
        values.put("socioProfessionalCategory", occupation.socioProfessionalCategory());
        values.put("employer", occupation.employer());
        values.put("employerAddress", occupation.employerAddress());
        values.put("emailConsent", Boolean.toString(contact.emailConsent()));
        values.put("smsConsent", Boolean.toString(contact.smsConsent()));
    }

    /** What changes from {@code before} to {@code after}, field by field, as staff and parents read it. */
    List<FieldChangeView> changes(Map<String, String> before, Map<String, String> after) {
        List<FieldChangeView> changes = new ArrayList<>();
        after.forEach((field, now) -> {
            String old = before.getOrDefault(field, "");
            if (!old.equals(now)) {
                changes.add(shown(field, old, now));
            }
        });
        return changes;
    }

    /** A field change for display: codes become message keys, the IBAN is masked, decimals take a comma. */
    FieldChangeView shown(String field, String before, String after) {
        return new FieldChangeView("field." + field, display(field, before), display(field, after),
                CODE_PREFIXES.containsKey(field));
    }

    private static String display(String field, String value) {
        if (value.isEmpty()) {
            return "";
        }
        if (CODE_PREFIXES.containsKey(field)) {
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

    /** Applies a valid, accepted form to the family. */
    void apply(FamilyChange change, Family family) {
        if (change instanceof GuardianForm guardian) {
            family.changeGuardian(guardianOf(guardian));
        } else if (change instanceof PartnerForm partner) {
            AdultForm a = partner.adult();
            family.changePartner(new Partner(Civility.valueOf(a.civility()), new PersonName(a.lastName(),
                    a.firstName()), address(a), contact(a), occupation(a)));
        } else if (change instanceof TaxForm tax) {
            family.changeTaxDetails(taxDetails(tax));
        } else if (change instanceof CafForm caf) {
            family.changeCafDetails(new CafDetails(BenefitFund.valueOf(caf.cafFund()), caf.allocataireNumber(),
                    caf.quotient()));
        } else if (change instanceof BankForm bank) {
            family.changeBankDetails(new BankDetails(bank.accountHolder(), bank.iban(), bank.bic(), bank.bankName(),
                    bank.directDebit()));
        }
    }

    static TaxDetails taxDetails(TaxForm tax) {
        return new TaxDetails(tax.income(), tax.shares(), tax.year());
    }

    /** A guardian from a valid "Infos Responsable" form. */
    static Guardian guardianOf(GuardianForm form) {
        AdultForm a = form.adult();
        return new Guardian(Civility.valueOf(a.civility()), new PersonName(a.lastName(), a.firstName()),
                GuardianRole.valueOf(form.guardianRole()), MaritalStatus.valueOf(form.maritalStatus()), address(a),
                contact(a), occupation(a));
    }

    private static PostalAddress address(AdultForm a) {
        return new PostalAddress(a.addressLine(), a.postcode(), a.city());
    }

    private static ContactDetails contact(AdultForm a) {
        return new ContactDetails(a.homePhone(), a.workPhone(), a.mobilePhone(), a.email(), a.emailConsent(),
                a.smsConsent());
    }

    private static Occupation occupation(AdultForm a) {
        return new Occupation(a.profession(), a.socioProfessionalCategory(), a.employer(), a.employerAddress());
    }
}
