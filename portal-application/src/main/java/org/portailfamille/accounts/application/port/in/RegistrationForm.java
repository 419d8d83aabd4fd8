package org.portailfamille.accounts.application.port.in;

import java.util.Map;

/**
 * "Nouvelle inscription": a family without credentials asks for an account. Values by field name: the
 * guardian's ("Infos Responsable" names), "partnerCivility", "partnerLastName", "partnerFirstName",
 * "child1FirstName", "child1BirthDate" (yyyy-MM-dd) … up to {@value #MAX_CHILDREN}, and "message".
 */
public record RegistrationForm(Map<String, String> values, String remoteAddress) {

    public static final int MAX_CHILDREN = 6;

    public RegistrationForm {
        values = Map.copyOf(values);
    }
}
