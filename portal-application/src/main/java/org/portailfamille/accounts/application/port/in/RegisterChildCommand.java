package org.portailfamille.accounts.application.port.in;

import org.portailfamille.shared.FamilyId;

import java.time.LocalDate;
import java.util.List;

/** Adds a child to a family's file. {@code sex} is a code: "FEMALE" or "MALE". */
public record RegisterChildCommand(FamilyId familyId, String firstName, String lastName, LocalDate birthDate,
                                   String sex, String school, String schoolClass, boolean imageAuthorisation,
                                   boolean outingAuthorisation, List<AuthorisedPersonDetails> authorisedPersons,
                                   HealthDetails health) {
}
