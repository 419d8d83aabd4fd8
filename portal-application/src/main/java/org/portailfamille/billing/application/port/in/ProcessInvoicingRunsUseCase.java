package org.portailfamille.billing.application.port.in;

/**
 * The background job's step: takes one ISSUING run that no other worker holds (row lock, SKIP LOCKED), issues the
 * next chunk of its families (invoice numbers, lines, ledger debits, credit notes, one InvoicesIssued event) in one
 * transaction, and marks the run ISSUED when no family is left. Returns whether there was work.
 */
public interface ProcessInvoicingRunsUseCase {
    boolean processNextChunk();
}
