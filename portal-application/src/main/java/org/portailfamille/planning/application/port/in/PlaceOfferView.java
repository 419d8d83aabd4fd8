package org.portailfamille.planning.application.port.in;

import org.portailfamille.shared.ChildId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A place offered to a child of the family, to accept before {@code expiresAt}. */
public record PlaceOfferView(UUID offerId, ChildId childId, UUID activityId, String activityName, LocalDate day,
                             Instant offeredAt, Instant expiresAt) {
}
