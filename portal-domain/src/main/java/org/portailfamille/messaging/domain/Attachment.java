package org.portailfamille.messaging.domain;

import org.portailfamille.shared.DocumentFormat;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A file joined to a message: what is known of it (its content is kept outside the web folder under its id, never
 * under the sender's file name).
 *
 * @param fileName the name the sender gave, cleaned (no path, no control character), only ever shown
 * @param format   PDF, JPEG or PNG, as found in the content
 * @param sha256   the content's SHA-256, hexadecimal
 */
public record Attachment(UUID id, UUID messageId, String fileName, DocumentFormat format, long size, String sha256,
                         Instant uploadedAt) {

    public static final int MAX_PER_MESSAGE = 5;
    public static final int MAX_FILE_NAME_LENGTH = 200;

    public Attachment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(uploadedAt, "uploadedAt");
        fileName = cleanFileName(fileName, format);
        if (size <= 0 || size > DocumentFormat.MAX_SIZE) {
            throw new IllegalArgumentException("An attachment has 1 byte to 5 MB: " + size);
        }
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Not a SHA-256: " + sha256);
        }
    }

    /** The last segment of the name, without control characters or quotes, never empty, at most 200 characters. */
    public static String cleanFileName(String fileName, DocumentFormat format) {
        String name = Objects.requireNonNullElse(fileName, "");
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"<>]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "piece-jointe." + format.extension();
        }
        return name.length() > MAX_FILE_NAME_LENGTH ? name.substring(name.length() - MAX_FILE_NAME_LENGTH) : name;
    }
}
