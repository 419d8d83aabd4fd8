package org.portailfamille.accounts.application.port.in;

import org.portailfamille.accounts.domain.Civility;
import org.portailfamille.accounts.domain.ContactRules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.portailfamille.accounts.application.port.in.FieldChecks.bool;
import static org.portailfamille.accounts.application.port.in.FieldChecks.check;
import static org.portailfamille.accounts.application.port.in.FieldChecks.clean;
import static org.portailfamille.accounts.application.port.in.FieldChecks.fieldsOf;
import static org.portailfamille.accounts.application.port.in.FieldChecks.get;
import static org.portailfamille.accounts.application.port.in.FieldChecks.text;
import static org.portailfamille.accounts.application.port.in.FieldChecks.upper;

/**
 * The fields an adult of the family file has in the "Infos Responsable" and "Conjoint" forms, as typed: trimmed,
 * last name and city in capitals. Coded values are codes ("MONSIEUR").
 */
public record AdultForm(String civility, String lastName, String firstName, String addressLine, String postcode,
                        String city, String homePhone, String workPhone, String mobilePhone, String email,
                        String profession, String socioProfessionalCategory, String employer,
                        String employerAddress, boolean emailConsent, boolean smsConsent) {

    /** The field names, in the order of the form. */
    public static final List<String> FIELDS = List.of("civility", "lastName", "firstName", "addressLine", "postcode",
            "city", "homePhone", "workPhone", "mobilePhone", "email", "profession", "socioProfessionalCategory",
            "employer", "employerAddress", "emailConsent", "smsConsent");

    public AdultForm {
        civility = clean(civility);
        lastName = upper(lastName);
        firstName = clean(firstName);
        addressLine = clean(addressLine);
        postcode = clean(postcode);
        city = upper(city);
        homePhone = clean(homePhone);
        workPhone = clean(workPhone);
        mobilePhone = clean(mobilePhone);
        email = clean(email);
        profession = clean(profession);
        socioProfessionalCategory = clean(socioProfessionalCategory);
        employer = clean(employer);
        employerAddress = clean(employerAddress);
    }

    /** The adult's values by field name (checkboxes "true" or "false"); as sent, as stored in a request. */
    public static AdultForm fromFields(Map<String, String> v) {
        return new AdultForm(get(v, "civility"), get(v, "lastName"), get(v, "firstName"), get(v, "addressLine"),
                get(v, "postcode"), get(v, "city"), get(v, "homePhone"), get(v, "workPhone"), get(v, "mobilePhone"),
                get(v, "email"), get(v, "profession"), get(v, "socioProfessionalCategory"), get(v, "employer"),
                get(v, "employerAddress"), FieldChecks.ticked(get(v, "emailConsent")),
                FieldChecks.ticked(get(v, "smsConsent")));
    }

    /** The values by field name, in the order of the form. */
    public Map<String, String> fields() {
        return fieldsOf(FIELDS, civility, lastName, firstName, addressLine, postcode, city, homePhone, workPhone,
                mobilePhone, email, profession, socioProfessionalCategory, employer, employerAddress, bool(emailConsent),
                bool(smsConsent));
    }

    /** Problems of the civility and names (the fields before the guardian's role), in the order of the form. */
    void nameProblems(Map<String, String> problems) {
        check(problems, "civility", civility, true, 0, value -> FieldChecks.isOneOf(value, Civility.values()),
                "choice");
        FieldChecks.personName(problems, "lastName", lastName, true, 100);
        FieldChecks.personName(problems, "firstName", firstName, true, 100);
    }

    /** Problems of the address, contact and occupation fields, in the order of the form. */
    void contactProblems(Map<String, String> problems) {
        text(problems, "addressLine", addressLine, true, 200);
        check(problems, "postcode", postcode, true, 5, ContactRules::isValidPostcode, "postcode");
        text(problems, "city", city, true, 100);
        FieldChecks.phone(problems, "homePhone", homePhone, 30);
        FieldChecks.phone(problems, "workPhone", workPhone, 30);
        FieldChecks.phone(problems, "mobilePhone", mobilePhone, 30);
        check(problems, "email", email, false, 254, ContactRules::isValidEmail, "email");
        text(problems, "profession", profession, false, 100);
        text(problems, "socioProfessionalCategory", socioProfessionalCategory, false, 100);
        text(problems, "employer", employer, false, 200);
        text(problems, "employerAddress", employerAddress, false, 300);
    }

    /** Problem code per field in error, in the order of the form. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        nameProblems(problems);
        contactProblems(problems);
        return problems;
    }
}
