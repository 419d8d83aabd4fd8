package org.portailfamille.billing;

import org.springframework.modulith.NamedInterface;

import java.util.List;
import java.util.Objects;

/**
 * Invoices were issued together, in one transaction: a chunk of an invoicing run (published in that transaction;
 * messaging tells each family, all of them in one transaction of its own). One publication for the chunk rather
 * than one per invoice (ADR 0047): the registry and the listener work once per chunk.
 *
 * @param invoices each invoice issued, as {@link InvoiceIssued} tells one (not empty)
 */
@NamedInterface("events")
public record InvoicesIssued(List<InvoiceIssued> invoices) {
    public InvoicesIssued {
        Objects.requireNonNull(invoices, "invoices");
        if (invoices.isEmpty()) {
            throw new IllegalArgumentException("invoices");
        }
        invoices = List.copyOf(invoices);
    }
}
