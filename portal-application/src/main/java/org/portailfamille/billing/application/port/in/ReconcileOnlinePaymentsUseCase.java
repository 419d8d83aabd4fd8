package org.portailfamille.billing.application.port.in;

/**
 * The scheduled check: open operations whose notification never came are confirmed by asking the provider; those
 * still open after the expiry delay expire (their invoices can be paid again).
 */
public interface ReconcileOnlinePaymentsUseCase {

    /** @param checked operations looked at; recorded: payments recorded; closed: refused or abandoned; expired */
    record Report(int checked, int recorded, int closed, int expired) {
    }

    Report reconcile();
}
