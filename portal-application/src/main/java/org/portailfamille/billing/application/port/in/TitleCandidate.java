package org.portailfamille.billing.application.port.in;

import org.portailfamille.shared.FamilyId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** An unpaid invoice that may be handed to the treasury, with what is still due on it. */
public record TitleCandidate(String invoiceNumber, UUID regieId, String regieName, FamilyId familyId,
                             String familyNumber, String familyName, LocalDate issueDate, LocalDate dueDate,
                             BigDecimal amount, BigDecimal due, long daysOverdue) {
}
