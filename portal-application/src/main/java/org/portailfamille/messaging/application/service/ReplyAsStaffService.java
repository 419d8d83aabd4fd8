package org.portailfamille.messaging.application.service;

import org.portailfamille.messaging.application.port.in.MessageOutcome;
import org.portailfamille.messaging.application.port.in.MessageProblem;
import org.portailfamille.messaging.application.port.in.ReplyAsStaffUseCase;
import org.portailfamille.messaging.application.port.in.StaffReplyCommand;
import org.portailfamille.messaging.application.port.out.AttachmentFiles;
import org.portailfamille.messaging.application.port.out.Conversations;
import org.portailfamille.messaging.domain.Conversation;
import org.portailfamille.messaging.domain.Message;
import org.portailfamille.messaging.domain.NotificationKind;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

public class ReplyAsStaffService implements ReplyAsStaffUseCase {

    private final Conversations conversations;
    private final AttachmentFiles files;
    private final AdultNotifier adults;
    private final Clock clock;

    public ReplyAsStaffService(Conversations conversations, AttachmentFiles files, AdultNotifier adults, Clock clock) {
        this.conversations = conversations;
        this.files = files;
        this.adults = adults;
        this.clock = clock;
    }

    @Override
    public MessageOutcome replyAsStaff(StaffReplyCommand command) {
        List<MessageProblem> problems = new ArrayList<>(MessageInput.textProblems(null, command.body()));
        problems.addAll(MessageInput.attachmentProblems(command.attachments()));
        if (!problems.isEmpty()) {
            return MessageOutcome.refused(problems);
        }
        Optional<Conversation> found = conversations.lock(command.conversationId())
                .filter(conversation -> conversation.isOfDesk(command.facilityId()));
        if (found.isEmpty()) {
            return MessageOutcome.refused(List.of(MessageProblem.of("UNKNOWN_CONVERSATION")));
        }
        Conversation conversation = found.get();
        Instant now = clock.instant();
        conversation.openByStaff(now);
        Message reply = conversation.replyFromStaff(command.staff().login(), command.staff().displayName(),
                command.body(), now);
        MessageInput.attach(conversation, reply, command.attachments(), files, now);
        conversations.save(conversation);
        adults.tell(reply.id(), conversation.familyId(), NotificationKind.NEW_MESSAGE, reply.senderName(),
                reply.subject(), reply.body(), null);
        return MessageOutcome.sent(conversation.id());
    }
}
