package org.portailfamille.billing.domain;

/**
 * Mode de règlement. TREASURY_TITLE is "Titre émis (ORMC n°X)": the debt handed to the public treasury, which the
 * portal no longer follows. ONLINE_CARD and ONLINE_DIRECT_DEBIT are payments the family made online through the
 * provider's hosted page (card, or the free single direct debit), recorded by the portal itself, never by staff.
 */
public enum PaymentMethod {
    CHEQUE, CASH, CARD, DIRECT_DEBIT, BANK_TRANSFER, CESU, TREASURY_TITLE, ONLINE_CARD, ONLINE_DIRECT_DEBIT;

    /** Recorded from an online payment (the back office shows its source: en ligne). */
    public boolean isOnline() {
        return this == ONLINE_CARD || this == ONLINE_DIRECT_DEBIT;
    }
}
