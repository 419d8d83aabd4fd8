package org.portailfamille.messaging.application.port.in;

import org.portailfamille.shared.FamilyId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A place offered to a family's child from a waiting list, to tell the family about. */
public record PlaceOfferNotice(UUID offerId, FamilyId familyId, String childName, String activityName, LocalDate day,
                               Instant expiresAt) {
}
