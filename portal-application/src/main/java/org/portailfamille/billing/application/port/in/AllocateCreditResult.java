package org.portailfamille.billing.application.port.in;

import java.math.BigDecimal;
import java.util.List;

/**
 * The new allocations and what is still unallocated; or problems ("credit.unknown", "credit.cancelled",
 * "invoice.unknown", "nothing.left").
 */
public record AllocateCreditResult(List<AllocationView> allocations, BigDecimal unallocated, List<String> problems) {
    public AllocateCreditResult {
        allocations = List.copyOf(allocations);
        problems = List.copyOf(problems);
    }
}
