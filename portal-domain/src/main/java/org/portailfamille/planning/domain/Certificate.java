package org.portailfamille.planning.domain;

import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A medical certificate uploaded with an absence: what is known of the file kept outside the web folder.
 *
 * @param id         identity, also the stored file's name
 * @param family     the family that uploaded it, the only one that may download it
 * @param child      the child it is about
 * @param format     PDF, JPEG or PNG, as found in the content
 * @param size       bytes
 * @param sha256     the content's SHA-256, hexadecimal
 * @param uploadedAt when
 */
public record Certificate(UUID id, FamilyId family, ChildId child, CertificateFormat format, long size,
                          String sha256, Instant uploadedAt) {
    public Certificate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(child, "child");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(uploadedAt, "uploadedAt");
        if (size <= 0 || size > CertificateFormat.MAX_SIZE) {
            throw new IllegalArgumentException("A certificate has 1 byte to 5 MB: " + size);
        }
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Not a SHA-256: " + sha256);
        }
    }
}
