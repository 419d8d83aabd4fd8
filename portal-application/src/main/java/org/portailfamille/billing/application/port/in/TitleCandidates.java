package org.portailfamille.billing.application.port.in;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The preview of a hand-over: the invoices selected on {@code date}, oldest due first, and their total due. */
public record TitleCandidates(LocalDate date, List<TitleCandidate> invoices, BigDecimal total) {
    public TitleCandidates {
        invoices = List.copyOf(invoices);
    }
}
