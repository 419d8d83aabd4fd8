package org.portailfamille.accounts.application.port.in;

import org.portailfamille.shared.FamilyId;

import java.util.Objects;

/**
 * Staff correct one form of a family's file directly (no request): the form as typed, who corrects (the agent's
 * name) and why (1 to {@value #MAX_REASON} characters, kept in the family's history).
 */
public record CorrectFamilyFileCommand(FamilyId familyId, FamilyChange change, String staffName, String reason) {

    public static final int MAX_REASON = 500;

    public CorrectFamilyFileCommand {
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(change, "change");
        staffName = FieldChecks.clean(staffName);
        reason = FieldChecks.clean(reason);
    }

    /** The reason's problem code, if any. */
    static void reasonProblems(java.util.Map<String, String> problems, String reason) {
        if (reason.isEmpty()) {
            problems.put("reason", "required");
        } else if (reason.length() > MAX_REASON) {
            problems.put("reason", "tooLong");
        } else if (reason.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r')) {
            problems.put("reason", "characters");
        }
    }

    /** What is wrong with the form and the reason, by field. */
    public java.util.Map<String, String> problems() {
        java.util.Map<String, String> problems = new java.util.LinkedHashMap<>(change.problems());
        reasonProblems(problems, reason);
        return problems;
    }
}
