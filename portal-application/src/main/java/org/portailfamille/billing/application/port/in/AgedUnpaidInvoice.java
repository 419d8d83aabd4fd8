package org.portailfamille.billing.application.port.in;

import org.portailfamille.shared.FamilyId;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An unpaid invoice and its age.
 *
 * @param daysOverdue days since the due date (0 if not due yet)
 * @param age         NOT_DUE, UP_TO_30, UP_TO_60, UP_TO_90, OVER_90 (days overdue)
 */
public record AgedUnpaidInvoice(String number, FamilyId familyId, String familyNumber, String familyName,
                                String regieName, LocalDate issueDate, LocalDate dueDate, BigDecimal amount,
                                BigDecimal due, long daysOverdue, String age) {
}
