package org.portailfamille.billing.domain;

import org.portailfamille.shared.Money;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Sets an available credit against open invoices in the given order (oldest first unless staff choose), each up to
 * what remains due on it. What is left stays as a credit on the account. Never more than the credit, never more
 * than an invoice's remainder.
 */
public final class AllocationPolicy {

    private AllocationPolicy() {
    }

    /** An invoice and what remains due on it. */
    public record Open(UUID invoiceId, Money remaining) {
        public Open {
            Objects.requireNonNull(invoiceId, "invoiceId");
            Objects.requireNonNull(remaining, "remaining");
        }
    }

    public static List<Allocation> allocate(UUID creditId, Money available, List<Open> invoicesInOrder) {
        List<Allocation> allocations = new ArrayList<>();
        Money left = available;
        for (Open open : invoicesInOrder) {
            if (!left.isPositive()) {
                break;
            }
            if (!open.remaining().isPositive()) {
                continue;
            }
            Money part = left.compareTo(open.remaining()) < 0 ? left : open.remaining();
            allocations.add(new Allocation(creditId, open.invoiceId(), part));
            left = left.minus(part);
        }
        return allocations;
    }
}
