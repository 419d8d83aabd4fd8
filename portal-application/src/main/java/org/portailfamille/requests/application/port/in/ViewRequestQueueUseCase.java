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

    /** One request, masked like the queue shows it. */
    Optional<RequestView> request(UUID id);

    /** Every request type, for the queue's filter, in the catalogue's order. */
    List<RequestTypeView> types();

    /** The family bearing this "N° Famille", for the queue's filter. */
    Optional<FamilyId> familyIdByNumber(String familyNumber);
}
