package org.portailfamille.accounts.application.port.in;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/**
 * What became of a Mon compte form: submitted as a request, unchanged (nothing to submit), or invalid with a
 * problem code per field (e.g. "postcode" → "invalid"). {@code impliedQuotient} is the family quotient the
 * submitted tax details give.
 */
public record FamilyChangeOutcome(Status status, Map<String, String> problems, @Nullable UUID requestId,
                                  @Nullable BigDecimal impliedQuotient) {

    public enum Status { SUBMITTED, UNCHANGED, INVALID }

    public FamilyChangeOutcome {
        problems = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(problems)); // field order kept
    }
}
