package org.portailfamille.requests.application.service;

import org.portailfamille.requests.application.port.in.RequestQueueQuery;
import org.portailfamille.requests.application.port.in.RequestView;
import org.portailfamille.requests.application.port.in.ViewRequestQueueUseCase;
import org.portailfamille.requests.application.port.out.Requests;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public class ViewRequestQueueService implements ViewRequestQueueUseCase {

    private final Requests requests;

    public ViewRequestQueueService(Requests requests) {
        this.requests = requests;
    }

    @Override
    public List<RequestView> pendingRequests(RequestQueueQuery query) {
        String type = query.type() == null || query.type().isBlank() ? null : query.type();
        return requests.pending(type, query.familyId()).stream().map(RequestViews::of).toList();
    }

    @Override
    public int pendingCount() {
        return requests.countPending();
    }

    @Override
    public Optional<RequestView> request(UUID id) {
        return requests.byId(id).map(RequestViews::of);
    }
}
