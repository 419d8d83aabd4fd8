package org.portailfamille.messaging.application.service;

import org.portailfamille.messaging.application.port.in.FamilyReplyCommand;
import org.portailfamille.messaging.application.port.in.MessageOutcome;
import org.portailfamille.messaging.application.port.in.MessageProblem;
import org.portailfamille.messaging.application.port.in.ReplyAsFamilyUseCase;
import org.portailfamille.messaging.application.port.out.AttachmentFiles;
import org.portailfamille.messaging.application.port.out.Conversations;
import org.portailfamille.messaging.domain.Conversation;
import org.portailfamille.messaging.domain.Message;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

public class ReplyAsFamilyService implements ReplyAsFamilyUseCase {

    private final Conversations conversations;
    private final AttachmentFiles files;
    private final Clock clock;

    public ReplyAsFamilyService(Conversations conversations, AttachmentFiles files, Clock clock) {
        this.conversations = conversations;
        this.files = files;
        this.clock = clock;
    }

    @Override
    public MessageOutcome replyAsFamily(FamilyReplyCommand command) {
        List<MessageProblem> problems = new ArrayList<>(MessageInput.textProblems(null, command.body()));
        problems.addAll(MessageInput.attachmentProblems(command.attachments()));
        if (!problems.isEmpty()) {
            return MessageOutcome.refused(problems);
        }
        Optional<Conversation> found = conversations.lock(command.conversationId())
                .filter(conversation -> conversation.familyId().equals(command.familyId()));
        if (found.isEmpty()) {
            return MessageOutcome.refused(List.of(MessageProblem.of("UNKNOWN_CONVERSATION")));
        }
        Conversation conversation = found.get();
        Instant now = clock.instant();
        conversation.openByFamily(now);
        Message reply = conversation.replyFromFamily(command.senderName(), command.body(), now);
        MessageInput.attach(conversation, reply, command.attachments(), files, now);
        conversations.save(conversation);
        return MessageOutcome.sent(conversation.id());
    }
}
