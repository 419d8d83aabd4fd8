package org.portailfamille.billing.application.port.in;

/**
 * Keeps a family's SEPA mandate in line with its accepted bank details: a new mandate when direct debit is
 * asked on a new account, the old one revoked when the account changes or direct debit is stopped. Receiving
 * the same details twice changes nothing.
 */
public interface SetUpDirectDebitUseCase {
    void bankDetailsAccepted(BankDetailsNotice notice);
}
