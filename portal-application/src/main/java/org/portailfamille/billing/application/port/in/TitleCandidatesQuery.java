package org.portailfamille.billing.application.port.in;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/**
 * Which unpaid invoices to hand to the treasury: of a régie (null: all), at least {@code minDaysOverdue} days past
 * their due date and at least {@code minAmountDue} still due.
 */
public record TitleCandidatesQuery(@Nullable UUID regieId, int minDaysOverdue, BigDecimal minAmountDue) {
    public TitleCandidatesQuery {
        Objects.requireNonNull(minAmountDue, "minAmountDue");
    }
}
