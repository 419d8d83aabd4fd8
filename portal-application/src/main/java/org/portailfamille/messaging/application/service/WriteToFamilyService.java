package org.portailfamille.messaging.application.service;

import org.portailfamille.messaging.application.port.in.MessageOutcome;
import org.portailfamille.messaging.application.port.in.MessageProblem;
import org.portailfamille.messaging.application.port.in.WriteToFamilyCommand;
import org.portailfamille.messaging.application.port.in.WriteToFamilyUseCase;
import org.portailfamille.messaging.application.port.out.AttachmentFiles;
import org.portailfamille.messaging.application.port.out.Conversations;
import org.portailfamille.messaging.domain.Conversation;
import org.portailfamille.messaging.domain.NotificationKind;
import org.portailfamille.planning.application.port.in.ViewPlanningSetUpUseCase;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

public class WriteToFamilyService implements WriteToFamilyUseCase {

    private final Conversations conversations;
    private final AttachmentFiles files;
    private final AdultNotifier adults;
    private final ViewPlanningSetUpUseCase planning;
    private final Clock clock;

    public WriteToFamilyService(Conversations conversations, AttachmentFiles files, AdultNotifier adults,
                                ViewPlanningSetUpUseCase planning, Clock clock) {
        this.conversations = conversations;
        this.files = files;
        this.adults = adults;
        this.planning = planning;
        this.clock = clock;
    }

    @Override
    public MessageOutcome writeToFamily(WriteToFamilyCommand command) {
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
        Conversation conversation = Conversation.startedByStaff(UUID.randomUUID(), command.familyId(),
                command.facilityId(), command.staff().login(), command.staff().displayName(), command.subject(),
                command.body(), now);
        MessageInput.attach(conversation, conversation.lastMessage(), command.attachments(), files, now);
        conversations.add(conversation);
        adults.tell(conversation.lastMessage().id(), command.familyId(), NotificationKind.NEW_MESSAGE,
                command.staff().displayName(), conversation.subject(), conversation.lastMessage().body(), null);
        return MessageOutcome.sent(conversation.id());
    }
}
