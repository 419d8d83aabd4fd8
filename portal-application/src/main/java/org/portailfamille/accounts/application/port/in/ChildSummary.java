package org.portailfamille.accounts.application.port.in;

import org.portailfamille.shared.ChildId;

import java.time.LocalDate;

/** One line of "Mes enfants". */
public record ChildSummary(ChildId childId, String firstName, String lastName, LocalDate birthDate, String school,
                           String schoolClass) {
}
