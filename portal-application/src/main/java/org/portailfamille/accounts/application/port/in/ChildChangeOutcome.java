package org.portailfamille.accounts.application.port.in;

import org.jspecify.annotations.Nullable;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What became of a form about a child: submitted as a request, unchanged (nothing submitted), invalid with a
 * problem code per field (in the order of the form), or about a child the family does not have (nothing
 * submitted).
 */
public record ChildChangeOutcome(Status status, Map<String, String> problems, @Nullable UUID requestId) {

    public enum Status { SUBMITTED, UNCHANGED, INVALID, UNKNOWN_CHILD }

    public ChildChangeOutcome {
        problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }
}
