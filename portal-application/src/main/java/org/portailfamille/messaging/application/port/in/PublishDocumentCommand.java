package org.portailfamille.messaging.application.port.in;

import org.jspecify.annotations.Nullable;

import java.util.Objects;
import java.util.UUID;

/**
 * Staff publish a document for families: a title, a category code (RULES, MENU, FORM, OTHER), a facility (null: for
 * every family), the PDF file, and who publishes it.
 */
public record PublishDocumentCommand(String title, String category, @Nullable UUID facilityId, AttachmentUpload file,
                                     String staffName) {

    public PublishDocumentCommand {
        title = title == null ? "" : title.strip();
        category = category == null ? "" : category.strip();
        Objects.requireNonNull(file, "file");
        staffName = staffName == null ? "" : staffName.strip();
    }
}
