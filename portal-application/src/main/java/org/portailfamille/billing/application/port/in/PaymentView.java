package org.portailfamille.billing.application.port.in;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A line of "Mes règlements" (payments and treasury titles).
 *
 * @param method             "CHEQUE", "CASH", "CARD", "DIRECT_DEBIT", "TREASURY_TITLE", …
 * @param reference          cheque or ORMC number
 * @param unallocated        what is left as a credit on the account
 * @param cancellationNumber the counter-entry's number if cancelled
 */
public record PaymentView(String number, LocalDate date, String method, @Nullable String reference, String regieName,
                          BigDecimal amount, List<AllocationView> allocations, BigDecimal unallocated,
                          @Nullable String cancellationNumber) {
    public PaymentView {
        allocations = List.copyOf(allocations);
    }

    public boolean cancelled() {
        return cancellationNumber != null;
    }
}
