package org.portailfamille.planning.application.port.out;

import org.portailfamille.planning.domain.PlaceOffer;
import org.portailfamille.shared.FamilyId;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Where place offers are kept while pending, and what became of them. */
public interface PlaceOffers {

    void add(Pending offer);

    /** The pending offer {@code id}, locked until the transaction ends. */
    Optional<Pending> pendingForUpdate(UUID id);

    /** The pending offers made to {@code family}'s children. */
    List<Pending> pendingOf(FamilyId family);

    /**
     * Up to {@code limit} pending offers expired at {@code now}, oldest first, locked until the transaction ends;
     * offers another transaction holds are skipped.
     */
    List<Pending> expiredForUpdate(Instant now, int limit);

    void markAccepted(UUID id, Instant at);

    /**
     * Withdraws every pending offer of {@code activity} from {@code firstDay} to {@code lastDay} (both included),
     * as a closing does, and returns them.
     */
    List<Pending> withdrawBetween(org.portailfamille.planning.ActivityId activity, java.time.LocalDate firstDay,
                                  java.time.LocalDate lastDay, Instant at);

    void markExpired(UUID id, Instant at);

    /** A pending offer, with its id and the family it was made to. */
    record Pending(UUID id, FamilyId family, PlaceOffer offer) {
        public Pending {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(family, "family");
            Objects.requireNonNull(offer, "offer");
        }
    }
}
