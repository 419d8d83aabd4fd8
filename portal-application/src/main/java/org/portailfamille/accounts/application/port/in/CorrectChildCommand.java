package org.portailfamille.accounts.application.port.in;

import org.jspecify.annotations.Nullable;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Staff add a child to a family ({@code childId} null) or correct a child's identity, school, class and
 * authorisations, with who and why (kept in the family's history).
 */
public record CorrectChildCommand(FamilyId familyId, @Nullable ChildId childId, ChildIdentityForm identity,
                                  AuthorisationsForm authorisations, String staffName, String reason) {

    public CorrectChildCommand {
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(authorisations, "authorisations");
        staffName = FieldChecks.clean(staffName);
        reason = FieldChecks.clean(reason);
    }

    /** The form's values as typed (the field names of "Informations enfant" and "Autorisations"). */
    public static CorrectChildCommand fromFields(FamilyId familyId, @Nullable ChildId childId, Map<String, String> values,
                                                 String staffName) {
        return new CorrectChildCommand(familyId, childId, ChildIdentityForm.fromFields(values),
                AuthorisationsForm.fromFields(values), staffName, values.get("reason"));
    }

    /** What is wrong, by field, judged on {@code today}. */
    public Map<String, String> problems(LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>(identity.problems(today));
        CorrectFamilyFileCommand.reasonProblems(problems, reason);
        return problems;
    }
}
