package org.portailfamille.messaging.application.port.in;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * A published document as pages list it: its category code (RULES, MENU, FORM, OTHER), its facility (null and
 * {@code facilityName} empty: for every family), the file's name and size, when and by whom it was published.
 */
public record PublishedDocumentView(UUID id, String title, String category, @Nullable UUID facilityId,
                                    String facilityName, String fileName, long size, Instant publishedAt,
                                    String publishedBy) {

    public boolean general() {
        return facilityId == null;
    }
}
