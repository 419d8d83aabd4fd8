package org.portailfamille.accounts.application.port.in;

import java.util.Map;

import static org.portailfamille.accounts.application.port.in.FieldChecks.clean;

/**
 * A partner known only by civility and names (the forms that open an account), as typed: all three, or no
 * name at all (then there is no partner).
 */
public record PartnerNames(String civility, String lastName, String firstName) {

    public static final PartnerNames NONE = new PartnerNames("", "", "");

    public PartnerNames {
        civility = clean(civility);
        lastName = clean(lastName);
        firstName = clean(firstName);
    }

    /** The partner's fields of a form: "partnerCivility", "partnerLastName", "partnerFirstName". */
    public static PartnerNames fromFields(Map<String, String> values) {
        return new PartnerNames(values.get("partnerCivility"), values.get("partnerLastName"),
                values.get("partnerFirstName"));
    }

    /** Whether a partner is given at all (a name typed). */
    public boolean given() {
        return !lastName.isEmpty() || !firstName.isEmpty();
    }

    /** Problems under "partnerCivility", "partnerLastName", "partnerFirstName"; none when no partner is given. */
    void collectProblems(Map<String, String> problems) {
        if (!given()) {
            return;
        }
        if (!civility.equals("MONSIEUR") && !civility.equals("MADAME")) {
            problems.put("partnerCivility", "choice");
        }
        FieldChecks.name(problems, "partnerLastName", lastName);
        FieldChecks.name(problems, "partnerFirstName", firstName);
    }
}
