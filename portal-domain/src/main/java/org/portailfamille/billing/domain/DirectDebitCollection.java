package org.portailfamille.billing.domain;

import org.jspecify.annotations.Nullable;
import org.portailfamille.billing.RegieId;
import org.portailfamille.shared.FamilyId;
import org.portailfamille.shared.Money;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One invoice collected in a SEPA direct-debit file: the mandate and sequence used, the amount, the payment recorded
 * for it (dated the collection date) and, if the bank returned it, when and why.
 */
public record DirectDebitCollection(UUID id, UUID fileId, UUID invoiceId, String invoiceNumber, FamilyId familyId,
                                    RegieId regieId, String rum, SepaMandate.SequenceType sequence, Money amount,
                                    String endToEndId, UUID paymentId, LocalDate collectionDate,
                                    @Nullable LocalDate rejectedOn, @Nullable RejectReason rejectReason) {

    public DirectDebitCollection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fileId, "fileId");
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(regieId, "regieId");
        Objects.requireNonNull(rum, "rum");
        Objects.requireNonNull(sequence, "sequence");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(endToEndId, "endToEndId");
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(collectionDate, "collectionDate");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("A collection is positive");
        }
        if ((rejectedOn == null) != (rejectReason == null)) {
            throw new IllegalArgumentException("A reject has a date and a reason");
        }
    }

    public boolean isRejected() {
        return rejectedOn != null;
    }

    /** Whether the debit is still on its way (its collection date not reached, not rejected). */
    public boolean isPendingOn(LocalDate date) {
        return !isRejected() && date.isBefore(collectionDate);
    }
}
