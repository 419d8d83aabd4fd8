package org.portailfamille.accounts.application.port.in;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Staff open a family account: the guardian's "Infos Responsable" fields, optionally the partner's civility
 * and names, and whether the credentials are sent by e-mail (otherwise shown once).
 */
public record OpenFamilyAccountCommand(GuardianForm guardian, PartnerNames partner, boolean sendByEmail) {

    /** The form's values by field name: the guardian's, "partnerCivility", "partnerLastName", "partnerFirstName". */
    public static OpenFamilyAccountCommand fromFields(Map<String, String> values, boolean sendByEmail) {
        return new OpenFamilyAccountCommand(GuardianForm.fromFields(values), PartnerNames.fromFields(values),
                sendByEmail);
    }

    /** Problem code per field in error: the guardian's, the partner's, and an e-mail address to send to. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>(guardian.problems());
        partner.collectProblems(problems);
        if (sendByEmail && guardian.adult().email().isEmpty()) {
            problems.putIfAbsent("email", "emailForCredentials");
        }
        return problems;
    }
}
