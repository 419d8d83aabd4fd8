package org.portailfamille.messaging.application.port.in;

import org.portailfamille.shared.FamilyId;

import java.util.Optional;
import java.util.UUID;

/** A published document's file, to be served as a download (attachment, nosniff). */
public interface GetPublishedDocumentUseCase {

    /** Only a current document the family may read (general, or of a facility its children attend); else empty. */
    Optional<AttachmentDownload> documentForFamily(FamilyId familyId, UUID documentId);

    /** Any current document, for staff. */
    Optional<AttachmentDownload> documentForStaff(UUID documentId);
}
