package org.portailfamille.billing.application.port.in;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.UUID;

/** Staff: unpaid invoices by age at a date (titled invoices left out), of one régie or all. */
public interface ListUnpaidInvoicesUseCase {
    UnpaidInvoicesByAge unpaidInvoices(@Nullable UUID regieId, LocalDate date);

    /**
     * How many invoices of all régies {@link #unpaidInvoices} lists at the date, counted without reading them (the
     * staff home page's card: a city's invoices and accounts are not loaded for one number; ADR 0046).
     */
    long countUnpaidInvoices(LocalDate date);
}
