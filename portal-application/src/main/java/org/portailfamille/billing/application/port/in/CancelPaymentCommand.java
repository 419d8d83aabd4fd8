package org.portailfamille.billing.application.port.in;

import org.portailfamille.shared.FamilyId;

import java.time.LocalDate;
import java.util.Objects;

/** Cancel a payment (a bounced cheque, a mistake) by a counter-entry dated {@code date}. */
public record CancelPaymentCommand(FamilyId familyId, String paymentNumber, LocalDate date, String reason) {
    public CancelPaymentCommand {
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(paymentNumber, "paymentNumber");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(reason, "reason");
    }
}
