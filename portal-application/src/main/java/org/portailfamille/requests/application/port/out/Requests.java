package org.portailfamille.requests.application.port.out;

import org.jspecify.annotations.Nullable;
import org.portailfamille.requests.domain.Request;
import org.portailfamille.shared.FamilyId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where requests are kept. */
public interface Requests {

    void add(Request request);

    Optional<Request> byId(UUID id);

    /**
     * Stores the decision if the request is still pending at {@code seenVersion}; false when another decision
     * came first (decided by the database).
     */
    boolean storeDecision(Request decided, long seenVersion);

    List<Request> pending(@Nullable String type, @Nullable FamilyId familyId);

    int countPending();

    /** One page of {@link #pending}: at most {@code limit} requests from the {@code offset}-th, oldest first. */
    default List<Request> pending(@Nullable String type, @Nullable FamilyId familyId, int offset, int limit) {
        List<Request> all = pending(type, familyId);
        return all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size()));
    }

    /** How many requests {@link #pending} holds. */
    default int countPending(@Nullable String type, @Nullable FamilyId familyId) {
        return pending(type, familyId).size();
    }

    /** Requests of a family in an area, submitted in [from, to), or still pending when {@code withPending}. */
    List<Request> ofFamily(FamilyId familyId, String area, @Nullable String type, Instant from, Instant to,
                           boolean withPending);
}
