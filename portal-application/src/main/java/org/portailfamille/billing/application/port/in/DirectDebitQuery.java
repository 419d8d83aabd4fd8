package org.portailfamille.billing.application.port.in;

import java.time.YearMonth;
import java.util.Objects;
import java.util.UUID;

/** Which invoices to collect: a régie's invoices for a billed month. */
public record DirectDebitQuery(UUID regieId, YearMonth month) {
    public DirectDebitQuery {
        Objects.requireNonNull(regieId, "regieId");
        Objects.requireNonNull(month, "month");
    }
}
