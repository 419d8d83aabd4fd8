package org.portailfamille.billing.application.port.in;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.List;

/**
 * The payment recorded (its number, e.g. "AL-228", how it was allocated and the credit left on the account), or
 * why not (nothing stored then). Problem codes: "amount.invalid", "method.unknown", "reference.required" (ORMC
 * number of a treasury title), "date.future", "regie.unknown", "invoice.unknown" (not one of the family's invoices of
 * that régie), "invoice.paid", "invoice.titled" (handed to the treasury: the portal no longer follows it).
 */
public record ReceivePaymentResult(@Nullable String number, List<AllocationView> allocations,
                                   BigDecimal unallocated, List<String> problems) {
    public ReceivePaymentResult {
        allocations = List.copyOf(allocations);
        problems = List.copyOf(problems);
    }

    public boolean recorded() {
        return number != null;
    }
}
