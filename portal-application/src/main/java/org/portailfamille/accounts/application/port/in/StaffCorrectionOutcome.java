package org.portailfamille.accounts.application.port.in;

import org.jspecify.annotations.Nullable;
import org.portailfamille.shared.ChildId;

import java.util.Map;

/**
 * What became of a correction staff typed: made (and recorded in the family's history), nothing to change, or
 * refused with a problem code per field ("reason" when no reason was given). {@code childId} is the child corrected
 * or added.
 */
public record StaffCorrectionOutcome(Status status, Map<String, String> problems, @Nullable ChildId childId) {

    public enum Status { CORRECTED, UNCHANGED, INVALID, NOT_FOUND }

    public StaffCorrectionOutcome {
        problems = Map.copyOf(problems);
    }

    public static StaffCorrectionOutcome invalid(Map<String, String> problems) {
        return new StaffCorrectionOutcome(Status.INVALID, problems, null);
    }

    public boolean corrected() {
        return status == Status.CORRECTED;
    }
}
