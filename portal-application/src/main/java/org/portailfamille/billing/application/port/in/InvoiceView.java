package org.portailfamille.billing.application.port.in;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A line of "Mes factures".
 *
 * @param credited         total of the credit notes set against it
 * @param paid             total of the payments (and titles) set against it
 * @param due              what remains due (0 once titled: the treasury follows it)
 * @param creditNoteNumbers the credit notes referencing it
 */
public record InvoiceView(String number, LocalDate issueDate, LocalDate dueDate, LocalDate periodStart,
                          LocalDate periodEnd, String regieName, BigDecimal amount, BigDecimal credited,
                          BigDecimal paid, BigDecimal due, InvoiceStatus status, List<String> creditNoteNumbers) {
    public InvoiceView {
        creditNoteNumbers = List.copyOf(creditNoteNumbers);
    }
}
