package org.portailfamille.requests.application.port.in;

import org.portailfamille.shared.FamilyId;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The staff request queue: pending requests, oldest first, and one request as lists show it. Sensitive values are
 * always masked here; {@link ReadRequestUseCase} shows a request in full.
 */
public interface ViewRequestQueueUseCase {

    List<RequestView> pendingRequests(RequestQueueQuery query);

    int pendingCount();

    /** Requests on a page of the queue. */
    int PAGE_SIZE = 50;

    /**
     * One page of the queue ({@link #PAGE_SIZE} requests, oldest first); a page past the last shows the last one.
     * The families are named in one read whatever the number of requests.
     */
    RequestQueuePage pendingPage(RequestQueueQuery query, int page);

    /** One request, masked like the queue shows it. */
    Optional<RequestView> request(UUID id);

    /** Every request type, for the queue's filter, in the catalogue's order. */
    List<RequestTypeView> types();

    /** The family bearing this "N° Famille", for the queue's filter. */
    Optional<FamilyId> familyIdByNumber(String familyNumber);
}
