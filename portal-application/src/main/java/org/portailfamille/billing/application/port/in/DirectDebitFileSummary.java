package org.portailfamille.billing.application.port.in;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.UUID;

/** A direct-debit file made earlier: what it collected, when, by whom, and how many of its debits were rejected. */
public record DirectDebitFileSummary(UUID id, String messageId, String regieName, YearMonth month,
                                     LocalDate collectionDate, LocalDateTime createdAt, String createdBy,
                                     int transactionCount, BigDecimal total, int rejected) {
}
