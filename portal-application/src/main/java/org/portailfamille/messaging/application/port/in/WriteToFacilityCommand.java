package org.portailfamille.messaging.application.port.in;

import org.jspecify.annotations.Nullable;
import org.portailfamille.shared.FamilyId;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A family writes to a facility (structure d'accueil), or to the municipality itself when {@code facilityId} is
 * null.
 *
 * @param senderName the adult writing, as the staff will read it
 */
public record WriteToFacilityCommand(FamilyId familyId, @Nullable UUID facilityId, String senderName,
                                     String subject, String body, List<AttachmentUpload> attachments) {
    public WriteToFacilityCommand {
        Objects.requireNonNull(familyId, "familyId");
        attachments = List.copyOf(attachments);
    }
}
