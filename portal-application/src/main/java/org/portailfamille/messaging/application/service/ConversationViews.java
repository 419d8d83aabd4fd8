package org.portailfamille.messaging.application.service;

import org.jspecify.annotations.Nullable;
import org.portailfamille.messaging.application.port.in.AttachmentView;
import org.portailfamille.messaging.application.port.in.ConversationSummary;
import org.portailfamille.messaging.application.port.in.ConversationView;
import org.portailfamille.messaging.application.port.in.Folder;
import org.portailfamille.messaging.application.port.in.MessageView;
import org.portailfamille.messaging.application.port.out.NoticeTexts;
import org.portailfamille.messaging.domain.Conversation;
import org.portailfamille.messaging.domain.ConversationOrigin;
import org.portailfamille.messaging.domain.Message;
import org.portailfamille.planning.application.port.in.FacilityView;
import org.portailfamille.planning.application.port.in.ViewPlanningSetUpUseCase;

import java.util.UUID;

/** Conversations in the API's terms; facility names from planning's API. */
final class ConversationViews {

    private final ViewPlanningSetUpUseCase planning;
    private final NoticeTexts texts;

    ConversationViews(ViewPlanningSetUpUseCase planning, NoticeTexts texts) {
        this.planning = planning;
        this.texts = texts;
    }

    String deskName(@Nullable UUID facilityId) {
        return facilityId == null ? texts.municipalityName()
                : planning.facility(facilityId).map(FacilityView::name).orElse(texts.municipalityName());
    }

    private String correspondent(Conversation conversation) {
        return conversation.origin() == ConversationOrigin.NOTICE && conversation.facilityId() == null
                ? conversation.messages().get(0).senderName() : deskName(conversation.facilityId());
    }

    ConversationSummary summary(Conversation conversation) {
        return new ConversationSummary(conversation.id(), conversation.facilityId(), correspondent(conversation),
                conversation.subject(), conversation.origin().name(), conversation.link(),
                conversation.lastMessageAt(), conversation.messages().size(), conversation.unreadByFamily(),
                !conversation.attachments().isEmpty());
    }

    ConversationView view(Conversation conversation) {
        return new ConversationView(conversation.id(), conversation.familyId(), conversation.facilityId(),
                correspondent(conversation), conversation.subject(), conversation.origin().name(),
                conversation.link(), Folder.valueOf(conversation.folderForFamily().name()),
                conversation.assignedTo(), conversation.assignedName(), conversation.handledAt(),
                conversation.messages().stream().map(message -> message(conversation, message)).toList());
    }

    private static MessageView message(Conversation conversation, Message message) {
        return new MessageView(message.id(), message.direction().name(), message.senderName(), message.subject(),
                message.body(), message.sentAt(), message.readAt(), conversation.attachmentsOf(message.id()).stream()
                .map(a -> new AttachmentView(a.id(), a.fileName(), a.format().mediaType(), a.size())).toList());
    }
}
