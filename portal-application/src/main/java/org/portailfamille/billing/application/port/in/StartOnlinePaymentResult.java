package org.portailfamille.billing.application.port.in;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.UUID;

/**
 * The journey started (one operation per invoice, in order), or why not (nothing stored then). Problems:
 * "none.selected", "invoice.unknown" (not an invoice of the family), "invoice.paid", "invoice.inProgress",
 * "regie.notAccepted", "amount.belowMinimum".
 */
public record StartOnlinePaymentResult(@Nullable UUID journeyId, List<String> problems) {
    public StartOnlinePaymentResult {
        problems = List.copyOf(problems);
    }

    public boolean started() {
        return journeyId != null;
    }
}
