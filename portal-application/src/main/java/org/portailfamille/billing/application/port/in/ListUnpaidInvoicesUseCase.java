package org.portailfamille.billing.application.port.in;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.UUID;

/** Staff: unpaid invoices by age at a date (titled invoices left out), of one régie or all. */
public interface ListUnpaidInvoicesUseCase {
    UnpaidInvoicesByAge unpaidInvoices(@Nullable UUID regieId, LocalDate date);
}
