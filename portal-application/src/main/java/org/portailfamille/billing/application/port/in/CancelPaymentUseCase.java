package org.portailfamille.billing.application.port.in;

/**
 * Cancels a payment by a counter-entry: a debit of the same amount under the régie's next payment number, its
 * allocations released (the invoices are due again). Nothing is edited or deleted. Outcomes: CANCELLED,
 * ALREADY_CANCELLED, UNKNOWN_PAYMENT (not one of the family's payments), REASON_REQUIRED.
 */
public interface CancelPaymentUseCase {

    enum Outcome { CANCELLED, ALREADY_CANCELLED, UNKNOWN_PAYMENT, REASON_REQUIRED }

    Outcome cancelPayment(CancelPaymentCommand command);
}
