package org.portailfamille.billing.application.port.in;

/**
 * Issues a draft run: the run turns ISSUING and the background job takes it (it resumes after a restart). Issuing
 * twice starts it once. Outcomes: STARTED, ALREADY_STARTED (ISSUING or ISSUED), NOT_A_DRAFT (discarded),
 * UNKNOWN_RUN, DUE_DATE_BEFORE_ISSUE.
 */
public interface IssueInvoicingRunUseCase {

    enum Outcome { STARTED, ALREADY_STARTED, NOT_A_DRAFT, UNKNOWN_RUN, DUE_DATE_BEFORE_ISSUE }

    Outcome issue(IssueInvoicingRunCommand command);
}
