package org.portailfamille.messaging.application.service;

import org.portailfamille.messaging.application.port.in.ListPublishedDocumentsUseCase;
import org.portailfamille.messaging.application.port.in.PublishedDocumentView;
import org.portailfamille.shared.FamilyId;

import java.util.List;
import java.util.Map;
import java.util.UUID;

public class ListPublishedDocumentsService implements ListPublishedDocumentsUseCase {

    private final PublishedDocumentCatalogue catalogue;

    public ListPublishedDocumentsService(PublishedDocumentCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public List<PublishedDocumentView> publishedDocuments() {
        Map<UUID, String> names = catalogue.facilityNames();
        return catalogue.current().stream().map(d -> PublishedDocumentCatalogue.view(d, names)).toList();
    }

    @Override
    public List<PublishedDocumentView> documentsForFamily(FamilyId familyId) {
        Map<UUID, String> names = catalogue.facilityNames();
        return catalogue.currentFor(familyId).stream().map(d -> PublishedDocumentCatalogue.view(d, names)).toList();
    }
}
