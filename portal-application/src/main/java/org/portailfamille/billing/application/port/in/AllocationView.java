package org.portailfamille.billing.application.port.in;

import java.math.BigDecimal;

/** Part of a credit (payment or credit note) set against an invoice. */
public record AllocationView(String invoiceNumber, BigDecimal amount) {
}
