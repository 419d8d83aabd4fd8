package org.portailfamille.billing.application.port.in;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Unpaid invoices at a date, oldest due date first, and the total due per age (keys as in AgedUnpaidInvoice). */
public record UnpaidInvoicesByAge(LocalDate date, List<AgedUnpaidInvoice> invoices, Map<String, BigDecimal> totals,
                                  BigDecimal total) {
    public UnpaidInvoicesByAge {
        invoices = List.copyOf(invoices);
        totals = Map.copyOf(totals);
    }
}
