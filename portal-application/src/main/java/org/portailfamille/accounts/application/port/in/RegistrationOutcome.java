package org.portailfamille.accounts.application.port.in;

import java.util.Map;

/** Submitted (acknowledged by e-mail), invalid (problem code per field), or too many from one address. */
public record RegistrationOutcome(Status status, Map<String, String> problems) {

    public enum Status { SUBMITTED, INVALID, TOO_MANY }

    public RegistrationOutcome {
        problems = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(problems)); // field order kept
    }
}
