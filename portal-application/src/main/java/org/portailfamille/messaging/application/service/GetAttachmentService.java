package org.portailfamille.messaging.application.service;

import org.jspecify.annotations.Nullable;
import org.portailfamille.messaging.application.port.in.AttachmentDownload;
import org.portailfamille.messaging.application.port.in.GetAttachmentUseCase;
import org.portailfamille.messaging.application.port.out.AttachmentFiles;
import org.portailfamille.messaging.application.port.out.Conversations;
import org.portailfamille.shared.FamilyId;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

public class GetAttachmentService implements GetAttachmentUseCase {

    private final Conversations conversations;
    private final AttachmentFiles files;

    public GetAttachmentService(Conversations conversations, AttachmentFiles files) {
        this.conversations = conversations;
        this.files = files;
    }

    @Override
    public Optional<AttachmentDownload> attachmentForFamily(FamilyId familyId, UUID attachmentId) {
        return conversations.attachment(attachmentId).filter(owner -> owner.familyId().equals(familyId))
                .flatMap(this::download);
    }

    @Override
    public Optional<AttachmentDownload> attachmentForStaff(@Nullable UUID facilityId, UUID attachmentId) {
        return conversations.attachment(attachmentId).filter(owner -> Objects.equals(owner.facilityId(), facilityId))
                .flatMap(this::download);
    }

    private Optional<AttachmentDownload> download(Conversations.AttachmentOwner owner) {
        return files.read(owner.attachment().id()).map(content -> new AttachmentDownload(
                owner.attachment().fileName(), owner.attachment().format().mediaType(), content));
    }
}
