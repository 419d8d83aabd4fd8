package org.portailfamille.billing.application.port.in;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One debit of a file: the invoice, the family, the mandate and sequence, and the reject if any. */
public record DirectDebitCollectionView(String invoiceNumber, String familyNumber, String familyName, String rum,
                                        String sequence, BigDecimal amount, String endToEndId,
                                        @Nullable LocalDate rejectedOn, @Nullable String rejectReason) {
}
