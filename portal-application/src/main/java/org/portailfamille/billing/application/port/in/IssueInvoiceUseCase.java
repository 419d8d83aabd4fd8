package org.portailfamille.billing.application.port.in;

/** Issues an invoice under the régie's next number and debits the family ledger. Returns the number. */
public interface IssueInvoiceUseCase {
    String issueInvoice(IssueInvoiceCommand command);
}
