package org.portailfamille.shared;

import java.util.Arrays;
import java.util.Optional;

/**
 * The document formats families may upload (medical certificates, message attachments): PDF, JPEG or PNG,
 * recognised by their content (the first bytes), never by the file name or the content type the browser sends: a
 * renamed program or web page is no document. At most {@link #MAX_SIZE} bytes.
 */
public enum DocumentFormat {
    PDF("application/pdf", "pdf", new byte[]{'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", "jpg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", "png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

    /** At most 5 MB. */
    public static final long MAX_SIZE = 5L * 1024 * 1024;

    private final String mediaType;
    private final String extension;
    private final byte[] signature;

    DocumentFormat(String mediaType, String extension, byte[] signature) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.signature = signature;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The format whose signature starts {@code content} (followed by at least one byte); empty for anything else. */
    public static Optional<DocumentFormat> sniff(byte[] content) {
        return Arrays.stream(values()).filter(format -> format.starts(content)).findFirst();
    }

    private boolean starts(byte[] content) {
        return content.length > signature.length
                && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }

    public static DocumentFormat ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(format -> format.mediaType.equals(mediaType)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not a document format: " + mediaType));
    }
}
