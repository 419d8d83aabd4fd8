package org.portailfamille.messaging.application.service;

import org.portailfamille.messaging.application.port.in.WithdrawDocumentUseCase;
import org.portailfamille.messaging.application.port.out.PublishedDocuments;

import java.time.Clock;
import java.util.UUID;

public class WithdrawDocumentService implements WithdrawDocumentUseCase {

    private final PublishedDocuments documents;
    private final Clock clock;

    public WithdrawDocumentService(PublishedDocuments documents, Clock clock) {
        this.documents = documents;
        this.clock = clock;
    }

    @Override
    public boolean withdrawDocument(UUID documentId, String staffName) {
        return documents.withdraw(documentId, clock.instant(), staffName);
    }
}
