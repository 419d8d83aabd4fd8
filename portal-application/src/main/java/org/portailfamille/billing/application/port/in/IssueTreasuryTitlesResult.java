package org.portailfamille.billing.application.port.in;

import java.util.List;

/**
 * What a hand-over did: the titles issued, the invoices left aside (paid, titled or no longer selected meanwhile,
 * or unknown), and problems of the command itself ("selection.empty", "criteria.invalid"): nothing issued then.
 */
public record IssueTreasuryTitlesResult(List<TreasuryTitleView> issued, List<String> skippedInvoices,
                                        List<String> problems) {
    public IssueTreasuryTitlesResult {
        issued = List.copyOf(issued);
        skippedInvoices = List.copyOf(skippedInvoices);
        problems = List.copyOf(problems);
    }
}
