package org.portailfamille.messaging.application.service;

import org.portailfamille.messaging.application.port.in.MessageOutcome;
import org.portailfamille.messaging.application.port.in.MessageProblem;
import org.portailfamille.messaging.application.port.in.WriteToFacilityCommand;
import org.portailfamille.messaging.application.port.in.WriteToFacilityUseCase;
import org.portailfamille.messaging.application.port.out.AttachmentFiles;
import org.portailfamille.messaging.application.port.out.Conversations;
import org.portailfamille.messaging.domain.Conversation;
import org.portailfamille.planning.application.port.in.ViewPlanningSetUpUseCase;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

public class WriteToFacilityService implements WriteToFacilityUseCase {

    private final Conversations conversations;
    private final AttachmentFiles files;
    private final ViewPlanningSetUpUseCase planning;
    private final Clock clock;

    public WriteToFacilityService(Conversations conversations, AttachmentFiles files, ViewPlanningSetUpUseCase planning,
                                  Clock clock) {
        this.conversations = conversations;
        this.files = files;
        this.planning = planning;
        this.clock = clock;
    }

    @Override
    public MessageOutcome writeToFacility(WriteToFacilityCommand command) {
        List<MessageProblem> problems = new ArrayList<>();
        if (command.facilityId() != null && planning.facility(command.facilityId()).isEmpty()) {
            problems.add(MessageProblem.of("UNKNOWN_FACILITY"));
        }
        problems.addAll(MessageInput.textProblems(command.subject(), command.body()));
        problems.addAll(MessageInput.attachmentProblems(command.attachments()));
        if (!problems.isEmpty()) {
            return MessageOutcome.refused(problems);
        }
        Instant now = clock.instant();
        Conversation conversation = Conversation.startedByFamily(command.familyId(), command.facilityId(),
                command.senderName(), command.subject(), command.body(), now);
        MessageInput.attach(conversation, conversation.lastMessage(), command.attachments(), files, now);
        conversations.add(conversation);
        return MessageOutcome.sent(conversation.id());
    }
}
