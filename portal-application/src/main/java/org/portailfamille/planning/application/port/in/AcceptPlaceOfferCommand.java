package org.portailfamille.planning.application.port.in;

import org.portailfamille.shared.FamilyId;

import java.util.UUID;

/** A family accepts a place offered to one of its children. */
public record AcceptPlaceOfferCommand(FamilyId familyId, UUID offerId) {
}
