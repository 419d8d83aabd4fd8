package org.portailfamille.accounts.application.port.in;

import org.portailfamille.shared.FamilyId;

/** A line of the staff family search. */
public record FamilySearchResult(FamilyId familyId, String familyNumber, String lastName, String firstName,
                                 String email, String postcode, String city) {
}
