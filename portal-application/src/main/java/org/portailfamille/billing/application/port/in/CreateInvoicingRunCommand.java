package org.portailfamille.billing.application.port.in;

import java.time.YearMonth;
import java.util.Objects;
import java.util.UUID;

/**
 * A draft invoicing run of a régie for a month that is over ("à terme échu").
 *
 * @param regieId   the régie
 * @param month     the month billed
 * @param createdBy the staff member's login, for the record
 */
public record CreateInvoicingRunCommand(UUID regieId, YearMonth month, String createdBy) {
    public CreateInvoicingRunCommand {
        Objects.requireNonNull(regieId, "regieId");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(createdBy, "createdBy");
    }
}
