package org.portailfamille.messaging.domain;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A document staff publish for families (Accueil's "Infos./Documents"): internal rules, a menu, a form… a PDF
 * recognised by its content, for every family ({@code facilityId} null) or for the families of one facility. Its
 * content is kept outside the web folder under its id. A withdrawn document is no longer offered.
 */
public record PublishedDocument(UUID id, String title, Category category, @Nullable UUID facilityId, String fileName,
                                long size, Instant publishedAt, String publishedBy, @Nullable Instant withdrawnAt) {

    public static final int MAX_TITLE = 150;

    /** What kind of document it is, as families look for it. */
    public enum Category { RULES, MENU, FORM, OTHER }

    public PublishedDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(publishedAt, "publishedAt");
        title = Objects.requireNonNull(title, "title").strip();
        publishedBy = Objects.requireNonNull(publishedBy, "publishedBy").strip();
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            throw new IllegalArgumentException("A document's title is 1 to " + MAX_TITLE + " characters");
        }
        if (size <= 0 || size > org.portailfamille.shared.DocumentFormat.MAX_SIZE) {
            throw new IllegalArgumentException("A document has 1 byte to 5 MB: " + size);
        }
        fileName = Attachment.cleanFileName(fileName, org.portailfamille.shared.DocumentFormat.PDF);
        if (fileName.length() > 150) {
            fileName = fileName.substring(fileName.length() - 150);
        }
    }

    /** Whether a family whose children attend {@code facilities} may read it (a general document: every family). */
    public boolean offeredTo(java.util.Collection<UUID> facilities) {
        return withdrawnAt == null && (facilityId == null || facilities.contains(facilityId));
    }

    public boolean withdrawn() {
        return withdrawnAt != null;
    }
}
