package org.portailfamille.billing.application.port.in;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

/** Make the direct-debit file of a régie's month, to be debited on {@code collectionDate}. */
public record ExportDirectDebitsCommand(@Nullable UUID regieId, @Nullable YearMonth month,
                                        @Nullable LocalDate collectionDate, String exportedBy) {
}
