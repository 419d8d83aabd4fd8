package org.portailfamille.billing.application.port.in;

/**
 * Records a rejected direct debit: the payment recorded at export is cancelled by a counter-entry (the invoice is due
 * again and the statement shows the reversal), the collection is marked rejected, a rejected first debit leaves the
 * mandate at FRST, and the family is told. Outcomes: REJECTED, NOT_COLLECTED (the invoice is in no pending
 * collection), ALREADY_REJECTED, UNKNOWN_REASON, DATE_INVALID (missing, in the future or before the file was made).
 */
public interface RecordDirectDebitRejectUseCase {

    enum Outcome { REJECTED, NOT_COLLECTED, ALREADY_REJECTED, UNKNOWN_REASON, DATE_INVALID }

    Outcome recordReject(RecordDirectDebitRejectCommand command);
}
