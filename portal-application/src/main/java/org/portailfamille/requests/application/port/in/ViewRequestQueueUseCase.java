package org.portailfamille.requests.application.port.in;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The staff request queue: pending requests, oldest first, and one request in detail. */
public interface ViewRequestQueueUseCase {

    List<RequestView> pendingRequests(RequestQueueQuery query);

    int pendingCount();

    Optional<RequestView> request(UUID id);
}
