package org.portailfamille.billing.application.port.in;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;

/**
 * Where an invoice stands, for whoever takes payments (online payment, direct debit).
 *
 * @param status          UNPAID, PARTLY_PAID, PAID or TITLED
 * @param due             what remains to pay in the portal (0 when paid or titled)
 * @param titleReference  "2026-15" when handed to the treasury (ORMC n°)
 */
public record InvoiceState(String number, InvoiceStatus status, BigDecimal due, @Nullable String titleReference) {

    /** Whether the family may still pay it through the portal: not handed to the treasury and something due. */
    public boolean payableInPortal() {
        return status != InvoiceStatus.TITLED && due.signum() > 0;
    }
}
