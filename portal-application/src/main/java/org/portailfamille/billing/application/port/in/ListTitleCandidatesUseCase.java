package org.portailfamille.billing.application.port.in;

/** Staff: the preview of the invoices a hand-over to the treasury would take (nothing changes). */
public interface ListTitleCandidatesUseCase {
    TitleCandidates titleCandidates(TitleCandidatesQuery query);
}
