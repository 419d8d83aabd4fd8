package org.portailfamille.messaging.application.port.in;

import java.util.UUID;

/** An attachment of a message: what a page lists (the content is read with {@link GetAttachmentUseCase}). */
public record AttachmentView(UUID id, String fileName, String mediaType, long size) {
}
