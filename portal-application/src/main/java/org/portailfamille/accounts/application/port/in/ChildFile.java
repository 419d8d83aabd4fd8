package org.portailfamille.accounts.application.port.in;

import org.portailfamille.shared.ChildId;

import java.time.LocalDate;
import java.util.List;

/** The file of one child: identity, school, authorisations, authorised persons, health record. */
public record ChildFile(ChildId childId, String firstName, String lastName, LocalDate birthDate, String sex,
                        String school, String schoolClass, boolean imageAuthorisation, boolean outingAuthorisation,
                        List<AuthorisedPersonDetails> authorisedPersons, HealthDetails health) {
}
