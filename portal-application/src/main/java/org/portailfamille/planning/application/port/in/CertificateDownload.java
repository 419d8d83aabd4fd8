package org.portailfamille.planning.application.port.in;

/** A certificate to send: its media type as found in its content, a file name, and the bytes. */
public record CertificateDownload(String mediaType, String fileName, byte[] content) {
}
