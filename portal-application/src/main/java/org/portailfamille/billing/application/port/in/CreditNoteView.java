package org.portailfamille.billing.application.port.in;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A credit note ("avoir"): the invoice it corrects, its amount and how it was set against invoices. */
public record CreditNoteView(String number, LocalDate issueDate, String creditedInvoiceNumber, String regieName,
                             BigDecimal amount, List<AllocationView> allocations, BigDecimal unallocated) {
    public CreditNoteView {
        allocations = List.copyOf(allocations);
    }
}
