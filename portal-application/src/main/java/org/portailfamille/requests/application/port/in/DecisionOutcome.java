package org.portailfamille.requests.application.port.in;

import org.jspecify.annotations.Nullable;

/**
 * The result of a decision. {@code conflictKey} is a message key when the owning module says the request no
 * longer matches the current state.
 */
public record DecisionOutcome(Result result, @Nullable String conflictKey) {

    public enum Result { DECIDED, ALREADY_DECIDED, NOT_FOUND, REASON_REQUIRED, CONFLICT }

    public static DecisionOutcome of(Result result) {
        return new DecisionOutcome(result, null);
    }

    public boolean decided() {
        return result == Result.DECIDED;
    }
}
