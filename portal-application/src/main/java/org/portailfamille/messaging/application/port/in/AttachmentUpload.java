package org.portailfamille.messaging.application.port.in;

import java.util.Objects;

/**
 * A file joined to a message: its name as the sender gave it (shown, never used to store it) and its content.
 * Only PDF, JPEG or PNG of at most 5 MB, recognised by their content, are accepted.
 */
public record AttachmentUpload(String fileName, byte[] content) {
    public AttachmentUpload {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
    }
}
