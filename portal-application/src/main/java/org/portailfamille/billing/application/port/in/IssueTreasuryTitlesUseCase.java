package org.portailfamille.billing.application.port.in;

/**
 * Staff hand unpaid invoices to the treasury: each gets a title "ORMC n°X" numbered per régie and year without gaps
 * (safe under concurrency), a "Titre émis" line in the family's statement for what was still due, and is closed in
 * the portal (status TITLED: no more payment here).
 */
public interface IssueTreasuryTitlesUseCase {
    IssueTreasuryTitlesResult issueTitles(IssueTreasuryTitlesCommand command);
}
