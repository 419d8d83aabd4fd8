package org.portailfamille.billing.application.port.in;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An unpaid invoice of the family, and whether it can be paid online now.
 *
 * @param due       what remains due
 * @param payable   whether it can be chosen for an online payment
 * @param reason    why not: "inProgress" (a payment is "en cours"), "regieNotAccepted" (the régie takes no online
 *                  payment), "belowMinimum" (under the minimum amount); null when payable
 */
public record PayableInvoice(String number, LocalDate issueDate, LocalDate dueDate, String regieName, BigDecimal due,
                             boolean payable, @Nullable String reason) {

    public boolean inProgress() {
        return "inProgress".equals(reason);
    }
}
