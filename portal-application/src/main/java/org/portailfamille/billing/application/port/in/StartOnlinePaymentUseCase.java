package org.portailfamille.billing.application.port.in;

/**
 * A parent pays one or several unpaid invoices online, across régies: one payment operation per invoice (the
 * provider takes one invoice per operation), chained in one journey. The invoices are "en cours" from now on.
 */
public interface StartOnlinePaymentUseCase {
    StartOnlinePaymentResult start(StartOnlinePaymentCommand command);
}
