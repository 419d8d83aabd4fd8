package org.portailfamille.billing.application.port.in;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Staff hand the chosen invoices to the treasury. The criteria of the preview are checked again for each invoice
 * (one paid or titled meanwhile is skipped).
 */
public record IssueTreasuryTitlesCommand(List<String> invoiceNumbers, int minDaysOverdue, BigDecimal minAmountDue,
                                         String issuedBy) {
    public IssueTreasuryTitlesCommand {
        invoiceNumbers = List.copyOf(invoiceNumbers);
        Objects.requireNonNull(minAmountDue, "minAmountDue");
        Objects.requireNonNull(issuedBy, "issuedBy");
    }
}
