package org.portailfamille.billing.application.port.in;

import org.portailfamille.shared.FamilyId;
import org.portailfamille.shared.Money;

import java.time.LocalDate;
import java.util.UUID;

/** An invoice for a family, for a period, from a régie. */
public record IssueInvoiceCommand(UUID regieId, FamilyId familyId, LocalDate issueDate, LocalDate dueDate,
                                  LocalDate periodStart, LocalDate periodEnd, Money amount) {
}
