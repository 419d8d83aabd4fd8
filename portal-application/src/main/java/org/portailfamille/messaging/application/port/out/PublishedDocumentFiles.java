package org.portailfamille.messaging.application.port.out;

import java.util.Optional;
import java.util.UUID;

/** The published documents' content, kept outside the web folder under their id. */
public interface PublishedDocumentFiles {

    void write(UUID id, byte[] content);

    Optional<byte[]> read(UUID id);
}
