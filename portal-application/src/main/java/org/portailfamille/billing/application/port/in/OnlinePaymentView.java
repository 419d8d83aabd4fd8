package org.portailfamille.billing.application.port.in;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One operation of a journey.
 *
 * @param state CREATED (not started yet), PENDING ("paiement en cours"), PAID, REFUSED, ABANDONED, EXPIRED
 */
public record OnlinePaymentView(UUID id, int position, String invoiceNumber, String regieName, BigDecimal amount,
                                String state) {

    public boolean pending() {
        return "PENDING".equals(state);
    }

    public boolean notStarted() {
        return "CREATED".equals(state);
    }
}
