package org.portailfamille.messaging.application.port.in;

import java.util.UUID;

/** Staff withdraw a published document: families no longer see it. False when it was not published (any more). */
public interface WithdrawDocumentUseCase {
    boolean withdrawDocument(UUID documentId, String staffName);
}
