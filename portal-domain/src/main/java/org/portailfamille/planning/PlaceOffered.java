package org.portailfamille.planning;

import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;
import org.springframework.modulith.NamedInterface;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A freed place was offered to the first child of a day's waiting list: the family has until {@code expiresAt}
 * to accept it. Others react (the family is told by message and e-mail).
 *
 * @param offerId      the offer, the same id for every delivery of the event
 * @param familyId     the family the offer is made to
 * @param childId      the child
 * @param childName    the child's name as the family reads it ("Léa DUPONT"), possibly empty
 * @param activityId   the activity
 * @param activityName the activity's name
 * @param day          the day offered
 * @param expiresAt    until when the family may accept
 */
@NamedInterface("events")
public record PlaceOffered(UUID offerId, FamilyId familyId, ChildId childId, String childName, UUID activityId,
                           String activityName, LocalDate day, Instant expiresAt) {
    public PlaceOffered {
        Objects.requireNonNull(offerId, "offerId");
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(childId, "childId");
        Objects.requireNonNull(childName, "childName");
        Objects.requireNonNull(activityId, "activityId");
        Objects.requireNonNull(activityName, "activityName");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
