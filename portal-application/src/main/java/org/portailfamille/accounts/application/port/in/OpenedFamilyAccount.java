package org.portailfamille.accounts.application.port.in;

import org.jspecify.annotations.Nullable;
import org.portailfamille.shared.FamilyId;

import java.util.Map;

/**
 * The outcome of opening an account: the problems per field when invalid; otherwise the family, its number,
 * the identifiant and — only when it was not e-mailed — the temporary password, to show once.
 */
public record OpenedFamilyAccount(Map<String, String> problems, @Nullable FamilyId familyId,
                                  @Nullable String familyNumber, @Nullable String username,
                                  @Nullable String temporaryPasswordToShow, boolean mailed) {

    public OpenedFamilyAccount {
        problems = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(problems)); // field order kept
    }

    public boolean opened() {
        return problems.isEmpty();
    }

    @Override
    public String toString() {
        return "OpenedFamilyAccount[familyNumber=" + familyNumber + ", username=" + username + "]";
    }
}
