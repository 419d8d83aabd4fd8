package org.portailfamille.billing.domain;

import org.portailfamille.shared.Money;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Which unpaid invoices may be handed to the treasury: at least {@code minDaysOverdue} days past their due date and
 * at least {@code minAmountDue} still due (the treasury does not pursue debts under its threshold, 15 € by default
 * in the settings). Either criterion may be 0.
 */
public record TitleSelection(int minDaysOverdue, Money minAmountDue) {

    public TitleSelection {
        Objects.requireNonNull(minAmountDue, "minAmountDue");
        if (minDaysOverdue < 0 || minDaysOverdue > 3650) {
            throw new IllegalArgumentException("Days overdue from 0 to 3650");
        }
        if (minAmountDue.isNegative()) {
            throw new IllegalArgumentException("A threshold amount is not negative");
        }
    }

    public static long daysOverdue(LocalDate dueDate, LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(dueDate, today));
    }

    /** Whether an invoice due on {@code dueDate} with {@code due} left to pay is selected on {@code today}. */
    public boolean selects(LocalDate dueDate, Money due, LocalDate today) {
        return due.isPositive() && today.isAfter(dueDate) && daysOverdue(dueDate, today) >= minDaysOverdue
                && due.compareTo(minAmountDue) >= 0;
    }
}
