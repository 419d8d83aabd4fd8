package org.portailfamille.requests.application.service;

import org.portailfamille.requests.application.port.in.RequestQueueQuery;
import org.portailfamille.requests.application.port.in.RequestTypeView;
import org.portailfamille.requests.application.port.in.RequestView;
import org.portailfamille.requests.application.port.in.ViewRequestQueueUseCase;
import org.portailfamille.requests.application.port.out.Requests;
import org.portailfamille.requests.application.port.spi.RequestFamilies;
import org.portailfamille.requests.domain.Request;
import org.portailfamille.shared.FamilyId;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The staff queue: every request masked (lists are never a read of sensitive data), named by its family. */
public class ViewRequestQueueService implements ViewRequestQueueUseCase {

    private final Requests requests;
    private final RequestTypeCatalogue catalogue;
    private final RequestFamilies families;

    public ViewRequestQueueService(Requests requests, RequestTypeCatalogue catalogue, RequestFamilies families) {
        this.requests = requests;
        this.catalogue = catalogue;
        this.families = families;
    }

    @Override
    public List<RequestView> pendingRequests(RequestQueueQuery query) {
        String type = query.type() == null || query.type().isBlank() ? null : query.type();
        return requests.pending(type, query.familyId()).stream().map(this::listed).toList();
    }

    @Override
    public int pendingCount() {
        return requests.countPending();
    }

    @Override
    public Optional<RequestView> request(UUID id) {
        return requests.byId(id).map(this::listed);
    }

    @Override
    public List<RequestTypeView> types() {
        return catalogue.typeViews();
    }

    @Override
    public Optional<FamilyId> familyIdByNumber(String familyNumber) {
        String number = familyNumber == null ? "" : familyNumber.strip();
        return number.isEmpty() ? Optional.empty() : families.familyIdByNumber(number);
    }

    private RequestView listed(Request request) {
        return catalogue.listed(request, RequestTypeCatalogue.Audience.STAFF,
                request.familyId() == null ? null : families.family(request.familyId()).orElse(null));
    }
}
