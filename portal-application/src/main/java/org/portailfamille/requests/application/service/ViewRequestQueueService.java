package org.portailfamille.requests.application.service;

import org.portailfamille.requests.application.port.in.RequestFamily;
import org.portailfamille.requests.application.port.in.RequestQueuePage;
import org.portailfamille.requests.application.port.in.RequestQueueQuery;
import org.portailfamille.requests.application.port.in.RequestTypeView;
import org.portailfamille.requests.application.port.in.RequestView;
import org.portailfamille.requests.application.port.in.ViewRequestQueueUseCase;
import org.portailfamille.requests.application.port.out.Requests;
import org.portailfamille.requests.application.port.spi.RequestFamilies;
import org.portailfamille.requests.domain.Request;
import org.portailfamille.shared.FamilyId;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
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
        return named(requests.pending(type, query.familyId()));
    }

    @Override
    public RequestQueuePage pendingPage(RequestQueueQuery query, int page) {
        String type = query.type() == null || query.type().isBlank() ? null : query.type();
        int total = requests.countPending(type, query.familyId());
        int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.min(Math.max(1, page), pages);
        List<RequestView> views = total == 0 ? List.of()
                : named(requests.pending(type, query.familyId(), (shown - 1) * PAGE_SIZE, PAGE_SIZE));
        return new RequestQueuePage(views, shown, PAGE_SIZE, total);
    }

    private List<RequestView> named(List<Request> pending) {
        Set<FamilyId> ids = pending.stream().map(Request::familyId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        // every family of the list in one read, not one per request (issue 14: N+1 on a city's queue)
        Map<FamilyId, RequestFamily> named = ids.isEmpty() ? Map.of() : families.families(ids);
        return pending.stream().map(request -> catalogue.listed(request, RequestTypeCatalogue.Audience.STAFF,
                request.familyId() == null ? null : named.get(request.familyId()))).toList();
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
