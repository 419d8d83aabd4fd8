package org.portailfamille.messaging.application.service;

import org.portailfamille.messaging.application.port.in.PublishedDocumentView;
import org.portailfamille.messaging.application.port.out.PublishedDocuments;
import org.portailfamille.messaging.domain.PublishedDocument;
import org.portailfamille.planning.application.port.in.FacilityView;
import org.portailfamille.planning.application.port.in.ListFamiliesConcernedUseCase;
import org.portailfamille.planning.application.port.in.ViewPlanningSetUpUseCase;
import org.portailfamille.shared.FamilyId;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The published documents and who may read them: the facilities a family's children attend (enrolled, the
 * enrolment not ended), from the planning module's API. A bean shared by the documents' services.
 */
public final class PublishedDocumentCatalogue {

    private final PublishedDocuments documents;
    private final ViewPlanningSetUpUseCase planningSetUp;
    private final ListFamiliesConcernedUseCase familiesConcerned;
    private final Clock clock;

    public PublishedDocumentCatalogue(PublishedDocuments documents, ViewPlanningSetUpUseCase planningSetUp,
                                      ListFamiliesConcernedUseCase familiesConcerned, Clock clock) {
        this.documents = documents;
        this.planningSetUp = planningSetUp;
        this.familiesConcerned = familiesConcerned;
        this.clock = clock;
    }

    Map<UUID, String> facilityNames() {
        return planningSetUp.facilities().stream().collect(Collectors.toMap(FacilityView::id, FacilityView::name,
                (a, b) -> a));
    }

    /** The facilities the family's children attend, among those some current document is for. */
    Set<UUID> facilitiesOf(FamilyId family, List<PublishedDocument> current) {
        LocalDate today = LocalDate.now(clock);
        Set<UUID> asked = current.stream().map(PublishedDocument::facilityId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Set<UUID> attended = new HashSet<>();
        for (UUID facility : asked) {
            if (familiesConcerned.familiesOfFacility(facility, today).contains(family)) {
                attended.add(facility);
            }
        }
        return attended;
    }

    List<PublishedDocument> current() {
        return documents.current();
    }

    List<PublishedDocument> currentFor(FamilyId family) {
        List<PublishedDocument> current = documents.current();
        Set<UUID> attended = facilitiesOf(family, current);
        return current.stream().filter(document -> document.offeredTo(attended)).toList();
    }

    static PublishedDocumentView view(PublishedDocument d, Map<UUID, String> facilityNames) {
        return new PublishedDocumentView(d.id(), d.title(), d.category().name(), d.facilityId(),
                d.facilityId() == null ? "" : facilityNames.getOrDefault(d.facilityId(), ""), d.fileName(), d.size(),
                d.publishedAt(), d.publishedBy());
    }
}
