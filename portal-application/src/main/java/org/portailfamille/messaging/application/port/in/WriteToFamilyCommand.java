package org.portailfamille.messaging.application.port.in;

import org.jspecify.annotations.Nullable;
import org.portailfamille.shared.FamilyId;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Staff of a facility ({@code facilityId} null: the municipality) write to one family. */
public record WriteToFamilyCommand(FamilyId familyId, @Nullable UUID facilityId, StaffMember staff, String subject,
                                   String body, List<AttachmentUpload> attachments) {
    public WriteToFamilyCommand {
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(staff, "staff");
        attachments = List.copyOf(attachments);
    }
}
