package org.portailfamille.billing.application.port.in;

/**
 * Staff record a payment (Chèque, Espèces, Carte bancaire, Prélèvement) or a treasury title: a credit on the
 * ledger under the régie's next payment number, allocated to invoices (chosen, or oldest first); the rest stays as a
 * credit of the family.
 */
public interface ReceivePaymentUseCase {
    ReceivePaymentResult receivePayment(ReceivePaymentCommand command);
}
