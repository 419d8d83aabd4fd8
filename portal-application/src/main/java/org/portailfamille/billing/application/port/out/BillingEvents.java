package org.portailfamille.billing.application.port.out;

import org.portailfamille.billing.InvoiceIssued;

/** Where billing's events go (published in the issuing transaction). */
public interface BillingEvents {
    void invoiceIssued(InvoiceIssued event);
}
