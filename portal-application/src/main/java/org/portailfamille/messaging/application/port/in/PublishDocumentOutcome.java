package org.portailfamille.messaging.application.port.in;

import org.jspecify.annotations.Nullable;

import java.util.Map;
import java.util.UUID;

/**
 * The document published ({@code documentId}), or a problem code per field ("titre": required, tooLong;
 * "categorie": choice; "structure": choice; "fichier": required, format, tooLarge) and nothing stored.
 */
public record PublishDocumentOutcome(Map<String, String> problems, @Nullable UUID documentId) {

    public PublishDocumentOutcome {
        problems = Map.copyOf(problems);
    }

    public boolean published() {
        return documentId != null;
    }
}
