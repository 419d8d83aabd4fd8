package org.portailfamille.billing.domain;

/**
 * Where an online payment operation stands. CREATED (stored, not yet sent to the provider) → PENDING (the provider
 * knows it, the family is on its page) → PAID | REFUSED | ABANDONED, or EXPIRED when nothing final came in time.
 * PAID and REFUSED are final; ABANDONED and EXPIRED only give way to PAID, when the provider confirms money was taken
 * after all (a late notification or a reconciliation).
 */
public enum OnlinePaymentState {
    CREATED, PENDING, PAID, REFUSED, ABANDONED, EXPIRED;

    /** Still open: the invoice shows "paiement en cours" and cannot be paid online again. */
    public boolean isActive() {
        return this == CREATED || this == PENDING;
    }
}
