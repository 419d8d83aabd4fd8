package org.portailfamille.messaging.application.port.out;

import java.util.Optional;
import java.util.UUID;

/** The attachments' content, kept outside the web folder under their id, never under the sender's file name. */
public interface AttachmentFiles {

    void write(UUID id, byte[] content);

    Optional<byte[]> read(UUID id);

    /** Removes the file of an attachment that was not kept (a message that did not go through). */
    void delete(UUID id);
}
