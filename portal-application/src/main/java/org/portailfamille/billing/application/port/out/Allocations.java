package org.portailfamille.billing.application.port.out;

import org.portailfamille.billing.domain.Allocation;

import java.util.Collection;
import java.util.List;

/** Allocations of credits to invoices (append-only). */
public interface Allocations {

    void add(Allocation allocation);

    List<Allocation> ofInvoices(Collection<java.util.UUID> invoiceIds);

    List<Allocation> ofCredits(Collection<java.util.UUID> creditIds);
}
