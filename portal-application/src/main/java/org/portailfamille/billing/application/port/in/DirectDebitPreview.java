package org.portailfamille.billing.application.port.in;

import org.portailfamille.shared.FamilyId;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * What a direct-debit export would collect now: the invoices of the month still due whose family has an active
 * mandate, per family, with their count and total.
 *
 * @param withoutMandate invoices of the month still due whose family has no active mandate (paid otherwise)
 */
public record DirectDebitPreview(UUID regieId, String regieName, YearMonth month, int invoiceCount,
                                 BigDecimal total, List<FamilyLine> families, int withoutMandate) {

    /** One family: its mandate, the sequence its debit takes (FRST or RCUR), the invoices and the amount. */
    public record FamilyLine(FamilyId familyId, String familyNumber, String familyName, String rum, String sequence,
                             List<String> invoiceNumbers, BigDecimal amount) {
        public FamilyLine {
            invoiceNumbers = List.copyOf(invoiceNumbers);
        }
    }

    public DirectDebitPreview {
        families = List.copyOf(families);
    }
}
