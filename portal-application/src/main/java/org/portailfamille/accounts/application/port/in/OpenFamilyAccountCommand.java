package org.portailfamille.accounts.application.port.in;

import java.util.Map;

/**
 * Staff open a family account: the guardian's fields (the names of the "Infos Responsable" form), optionally
 * the partner's civility and names ("partnerCivility", "partnerLastName", "partnerFirstName"), and whether the
 * credentials are sent by e-mail (otherwise shown once).
 */
public record OpenFamilyAccountCommand(Map<String, String> values, boolean sendByEmail) {
    public OpenFamilyAccountCommand {
        values = Map.copyOf(values);
    }
}
