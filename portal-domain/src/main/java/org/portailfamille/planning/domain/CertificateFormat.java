package org.portailfamille.planning.domain;

import org.portailfamille.shared.DocumentFormat;

import java.util.Optional;

/**
 * The file formats a medical certificate may have: the shared kernel's {@link DocumentFormat}s (PDF, JPEG, PNG),
 * recognised by their content, never by the file name or the content type the browser sends.
 */
public enum CertificateFormat {
    PDF(DocumentFormat.PDF),
    JPEG(DocumentFormat.JPEG),
    PNG(DocumentFormat.PNG);

    /** At most 5 MB. */
    public static final long MAX_SIZE = DocumentFormat.MAX_SIZE;

    private final DocumentFormat format;

    CertificateFormat(DocumentFormat format) {
        this.format = format;
    }

    public String mediaType() {
        return format.mediaType();
    }

    public String extension() {
        return format.extension();
    }

    /** The format whose signature starts {@code content}; empty for anything else. */
    public static Optional<CertificateFormat> sniff(byte[] content) {
        return DocumentFormat.sniff(content).map(found -> valueOf(found.name()));
    }

    public static CertificateFormat ofMediaType(String mediaType) {
        return valueOf(DocumentFormat.ofMediaType(mediaType).name());
    }
}
