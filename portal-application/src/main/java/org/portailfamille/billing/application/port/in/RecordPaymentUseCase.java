package org.portailfamille.billing.application.port.in;

/** Records a payment of an invoice and credits the family ledger. Returns the payment number. */
public interface RecordPaymentUseCase {
    String recordPayment(RecordPaymentCommand command);
}
