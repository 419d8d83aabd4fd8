package org.portailfamille.billing.domain;

import java.time.LocalDate;
import java.util.UUID;

/** The counter-entry of a cancelled payment. */
public record PaymentCancellation(UUID id, UUID paymentId, OperationNumber number, LocalDate date, String reason) {
}
