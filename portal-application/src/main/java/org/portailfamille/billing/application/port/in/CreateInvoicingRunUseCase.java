package org.portailfamille.billing.application.port.in;

/**
 * Starts a draft run: what the month would bill now (only what was not billed by an earlier run) and the credit
 * notes due for days billed earlier that are no longer billable. Nothing is numbered nor debited yet.
 */
public interface CreateInvoicingRunUseCase {
    CreateInvoicingRunResult createDraft(CreateInvoicingRunCommand command);
}
