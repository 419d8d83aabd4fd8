package org.portailfamille.planning.application.port.in;

import org.portailfamille.shared.ChildId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A place offered to a child of the family ({@code childName}: "Léa DUPONT"), to accept before {@code expiresAt}. */
public record PlaceOfferView(UUID offerId, ChildId childId, UUID activityId, String activityName, LocalDate day,
                             Instant offeredAt, Instant expiresAt, String childName) {

    public PlaceOfferView(UUID offerId, ChildId childId, UUID activityId, String activityName, LocalDate day,
                          Instant offeredAt, Instant expiresAt) {
        this(offerId, childId, activityId, activityName, day, offeredAt, expiresAt, "");
    }
}
