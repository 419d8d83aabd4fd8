package org.portailfamille.billing.application.port.in;

import java.util.List;
import java.util.UUID;

/** Staff's view of direct debits: what an export would collect, the files made, and the debits of one file. */
public interface ViewDirectDebitsUseCase {

    /** Empty families when the régie is unknown. */
    DirectDebitPreview preview(DirectDebitQuery query);

    /** Every file, newest first. */
    List<DirectDebitFileSummary> files();

    /** The earliest debit date a file made today may ask for (today + the pre-notification delay). */
    java.time.LocalDate earliestCollectionDate();

    /** The debits of a file (empty for an unknown file). */
    List<DirectDebitCollectionView> collections(UUID fileId);
}
