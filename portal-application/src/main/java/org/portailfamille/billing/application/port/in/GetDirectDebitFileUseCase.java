package org.portailfamille.billing.application.port.in;

import java.util.Optional;
import java.util.UUID;

/** A stored direct-debit file, exactly as it was first made, to download again. */
public interface GetDirectDebitFileUseCase {
    Optional<DirectDebitFileDownload> directDebitFile(UUID fileId);
}
