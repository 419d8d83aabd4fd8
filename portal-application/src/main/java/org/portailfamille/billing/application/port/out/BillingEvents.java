package org.portailfamille.billing.application.port.out;

import org.portailfamille.billing.InvoicesIssued;

/** Where billing's events go (published in the issuing transaction). */
public interface BillingEvents {
    /** The invoices a run's chunk issued: one event for the chunk (ADR 0047). */
    void invoicesIssued(InvoicesIssued event);
}
