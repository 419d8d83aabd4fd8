package org.portailfamille.messaging.application.port.in;

import org.jspecify.annotations.Nullable;
import org.portailfamille.shared.FamilyId;

import java.util.Optional;
import java.util.UUID;

/**
 * The content of an attachment, only for the family of its conversation, or for the staff of the conversation's
 * facility ({@code facilityId} null: the municipality's own desk). Empty for anyone else.
 */
public interface GetAttachmentUseCase {

    Optional<AttachmentDownload> attachmentForFamily(FamilyId familyId, UUID attachmentId);

    Optional<AttachmentDownload> attachmentForStaff(@Nullable UUID facilityId, UUID attachmentId);
}
