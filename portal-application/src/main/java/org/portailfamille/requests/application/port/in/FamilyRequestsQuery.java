package org.portailfamille.requests.application.port.in;

import org.jspecify.annotations.Nullable;
import org.portailfamille.shared.FamilyId;

/**
 * A family's requests in "Liste des demandes": an area, optionally one type, and a window of one month
 * counted back from today ({@code monthsBack} 0 = the last month, pending requests included; 1 = the month
 * before, and so on).
 */
public record FamilyRequestsQuery(FamilyId familyId, String area, @Nullable String type, int monthsBack) {
    public FamilyRequestsQuery {
        if (monthsBack < 0 || monthsBack > 120) {
            throw new IllegalArgumentException("monthsBack");
        }
    }
}
