package org.portailfamille.accounts.application.port.in;

import java.util.EnumSet;
import java.util.Set;

/** The result of a password change: empty problems means the new password is in place. */
public record PasswordChangeOutcome(Set<PasswordProblem> problems) {
    public PasswordChangeOutcome {
        problems = problems.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(problems));
    }

    public static PasswordChangeOutcome done() {
        return new PasswordChangeOutcome(Set.of());
    }

    public static PasswordChangeOutcome refused(Set<PasswordProblem> problems) {
        return new PasswordChangeOutcome(problems);
    }

    public boolean succeeded() {
        return problems.isEmpty();
    }
}
