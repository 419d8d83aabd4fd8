package org.portailfamille.messaging.application.service;

import org.jspecify.annotations.Nullable;
import org.portailfamille.messaging.application.port.in.AttachmentUpload;
import org.portailfamille.messaging.application.port.in.MessageOutcome;
import org.portailfamille.messaging.application.port.in.MessageProblem;
import org.portailfamille.messaging.application.port.out.AttachmentFiles;
import org.portailfamille.messaging.application.port.out.Conversations;
import org.portailfamille.messaging.domain.Conversation;
import org.portailfamille.planning.application.port.in.ViewPlanningSetUpUseCase;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Starts a conversation, whoever writes first (a family or staff): checks the facility (null: the municipality), the
 * subject, the text and the attachments; if all is well, opens the conversation at the clock's instant and stores it
 * with its first message's attachments. Shared by the "write to" services.
 */
public final class ConversationStarter {

    private final Conversations conversations;
    private final AttachmentFiles files;
    private final ViewPlanningSetUpUseCase planning;
    private final Clock clock;

    public ConversationStarter(Conversations conversations, AttachmentFiles files, ViewPlanningSetUpUseCase planning,
                               Clock clock) {
        this.conversations = conversations;
        this.files = files;
        this.planning = planning;
        this.clock = clock;
    }

    /**
     * The problems found (nothing stored), or the conversation {@code opening} makes at the current instant, stored,
     * then handed to {@code stored}.
     */
    MessageOutcome start(@Nullable UUID facilityId, String subject, String body, List<AttachmentUpload> attachments,
                         Function<Instant, Conversation> opening, Consumer<Conversation> stored) {
        List<MessageProblem> problems = new ArrayList<>();
        if (facilityId != null && planning.facility(facilityId).isEmpty()) {
            problems.add(MessageProblem.of("UNKNOWN_FACILITY"));
        }
        problems.addAll(MessageInput.textProblems(subject, body));
        problems.addAll(MessageInput.attachmentProblems(attachments));
        if (!problems.isEmpty()) {
            return MessageOutcome.refused(problems);
        }
        Instant now = clock.instant();
        Conversation conversation = opening.apply(now);
        MessageInput.attach(conversation, conversation.lastMessage(), attachments, files, now);
        conversations.add(conversation);
        stored.accept(conversation);
        return MessageOutcome.sent(conversation.id());
    }
}
