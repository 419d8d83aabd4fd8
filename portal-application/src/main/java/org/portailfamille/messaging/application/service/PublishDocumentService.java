package org.portailfamille.messaging.application.service;

import org.portailfamille.messaging.application.port.in.PublishDocumentCommand;
import org.portailfamille.messaging.application.port.in.PublishDocumentOutcome;
import org.portailfamille.messaging.application.port.in.PublishDocumentUseCase;
import org.portailfamille.messaging.application.port.out.PublishedDocumentFiles;
import org.portailfamille.messaging.application.port.out.PublishedDocuments;
import org.portailfamille.messaging.domain.PublishedDocument;
import org.portailfamille.shared.DocumentFormat;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

public class PublishDocumentService implements PublishDocumentUseCase {

    private final PublishedDocuments documents;
    private final PublishedDocumentFiles files;
    private final PublishedDocumentCatalogue catalogue;
    private final Clock clock;

    public PublishDocumentService(PublishedDocuments documents, PublishedDocumentFiles files,
                                  PublishedDocumentCatalogue catalogue, Clock clock) {
        this.documents = documents;
        this.files = files;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Override
    public PublishDocumentOutcome publishDocument(PublishDocumentCommand command) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (command.title().isEmpty()) {
            problems.put("titre", "required");
        } else if (command.title().length() > PublishedDocument.MAX_TITLE) {
            problems.put("titre", "tooLong");
        } else if (command.title().chars().anyMatch(Character::isISOControl)) {
            problems.put("titre", "characters");
        }
        boolean knownCategory = Arrays.stream(PublishedDocument.Category.values())
                .anyMatch(category -> category.name().equals(command.category()));
        if (!knownCategory) {
            problems.put("categorie", "choice");
        }
        if (command.facilityId() != null && !catalogue.facilityNames().containsKey(command.facilityId())) {
            problems.put("structure", "choice");
        }
        byte[] content = command.file().content();
        if (content.length == 0) {
            problems.put("fichier", "required");
        } else if (content.length > DocumentFormat.MAX_SIZE) {
            problems.put("fichier", "tooLarge");
        } else if (DocumentFormat.sniff(content).filter(format -> format == DocumentFormat.PDF).isEmpty()) {
            problems.put("fichier", "format");
        }
        if (!problems.isEmpty()) {
            return new PublishDocumentOutcome(problems, null);
        }
        PublishedDocument document = new PublishedDocument(UUID.randomUUID(), command.title(),
                PublishedDocument.Category.valueOf(command.category()), command.facilityId(),
                command.file().fileName(), content.length, clock.instant(), command.staffName(), null);
        files.write(document.id(), content);
        documents.add(document);
        return new PublishDocumentOutcome(Map.of(), document.id());
    }
}
