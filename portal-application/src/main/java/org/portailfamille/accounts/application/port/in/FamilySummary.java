package org.portailfamille.accounts.application.port.in;

import org.portailfamille.shared.FamilyId;

/** The Responsable block of the home page. {@code civility} is a code such as "MONSIEUR". */
public record FamilySummary(FamilyId familyId, String familyNumber, String civility, String lastName,
                            String firstName) {
}
