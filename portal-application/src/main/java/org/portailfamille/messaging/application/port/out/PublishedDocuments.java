package org.portailfamille.messaging.application.port.out;

import org.portailfamille.messaging.domain.PublishedDocument;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where the documents published for families are listed. */
public interface PublishedDocuments {

    void add(PublishedDocument document);

    Optional<PublishedDocument> byId(UUID id);

    /** The documents not withdrawn, newest first. */
    List<PublishedDocument> current();

    /** Withdraws a current document; false when it was not current. */
    boolean withdraw(UUID id, Instant at, String by);
}
