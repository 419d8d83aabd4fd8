package org.portailfamille.billing.application.port.in;

import org.jspecify.annotations.Nullable;
import org.portailfamille.shared.FamilyId;
import org.portailfamille.shared.SchoolYear;

import java.util.Objects;

/** A family's statement for a school year; null for the current one (portal clock). */
public record StatementQuery(FamilyId familyId, @Nullable SchoolYear schoolYear) {
    public StatementQuery {
        Objects.requireNonNull(familyId, "familyId");
    }
}
