package org.portailfamille.messaging.application.service;

import org.portailfamille.messaging.application.port.in.AttachmentDownload;
import org.portailfamille.messaging.application.port.in.GetPublishedDocumentUseCase;
import org.portailfamille.messaging.application.port.out.PublishedDocumentFiles;
import org.portailfamille.messaging.domain.PublishedDocument;
import org.portailfamille.shared.DocumentFormat;
import org.portailfamille.shared.FamilyId;

import java.util.Optional;
import java.util.UUID;

public class GetPublishedDocumentService implements GetPublishedDocumentUseCase {

    private final PublishedDocumentCatalogue catalogue;
    private final PublishedDocumentFiles files;

    public GetPublishedDocumentService(PublishedDocumentCatalogue catalogue, PublishedDocumentFiles files) {
        this.catalogue = catalogue;
        this.files = files;
    }

    @Override
    public Optional<AttachmentDownload> documentForFamily(FamilyId familyId, UUID documentId) {
        return catalogue.currentFor(familyId).stream().filter(d -> d.id().equals(documentId)).findFirst()
                .flatMap(this::download);
    }

    @Override
    public Optional<AttachmentDownload> documentForStaff(UUID documentId) {
        return catalogue.current().stream().filter(d -> d.id().equals(documentId)).findFirst()
                .flatMap(this::download);
    }

    private Optional<AttachmentDownload> download(PublishedDocument document) {
        return files.read(document.id()).map(content -> new AttachmentDownload(document.fileName(),
                DocumentFormat.PDF.mediaType(), content));
    }
}
