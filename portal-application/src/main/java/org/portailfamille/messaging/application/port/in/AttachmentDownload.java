package org.portailfamille.messaging.application.port.in;

/** An attachment's content, to be served as a download (Content-Disposition attachment, nosniff). */
public record AttachmentDownload(String fileName, String mediaType, byte[] content) {
}
