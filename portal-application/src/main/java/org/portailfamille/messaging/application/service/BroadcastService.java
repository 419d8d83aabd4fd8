package org.portailfamille.messaging.application.service;

import org.portailfamille.messaging.application.port.in.Audience;
import org.portailfamille.messaging.application.port.in.BroadcastCommand;
import org.portailfamille.messaging.application.port.in.BroadcastOutcome;
import org.portailfamille.messaging.application.port.in.BroadcastUseCase;
import org.portailfamille.messaging.application.port.in.MessageProblem;
import org.portailfamille.messaging.application.port.out.Conversations;
import org.portailfamille.messaging.domain.Conversation;
import org.portailfamille.messaging.domain.NotificationKind;
import org.portailfamille.planning.application.port.in.ActivityView;
import org.portailfamille.planning.application.port.in.ListFamiliesConcernedUseCase;
import org.portailfamille.planning.application.port.in.ViewPlanningSetUpUseCase;
import org.portailfamille.shared.FamilyId;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One conversation per family of the audience (planning's API says who), each with an id derived from the broadcast
 * and the family: the same broadcast posted twice reaches nobody twice.
 */
public class BroadcastService implements BroadcastUseCase {

    private final Conversations conversations;
    private final AdultNotifier adults;
    private final ViewPlanningSetUpUseCase planning;
    private final ListFamiliesConcernedUseCase families;
    private final Clock clock;

    public BroadcastService(Conversations conversations, AdultNotifier adults, ViewPlanningSetUpUseCase planning,
                            ListFamiliesConcernedUseCase families, Clock clock) {
        this.conversations = conversations;
        this.adults = adults;
        this.planning = planning;
        this.families = families;
        this.clock = clock;
    }

    @Override
    public BroadcastOutcome broadcast(BroadcastCommand command) {
        List<MessageProblem> problems = new ArrayList<>(MessageInput.textProblems(command.subject(), command.body()));
        Optional<List<FamilyId>> audience = familiesOf(command.audience());
        if (audience.isEmpty()) {
            problems.add(MessageProblem.of("UNKNOWN_AUDIENCE"));
        } else if (audience.get().isEmpty()) {
            problems.add(MessageProblem.of("NO_FAMILY_REACHED"));
        }
        if (!problems.isEmpty()) {
            return new BroadcastOutcome(0, problems);
        }
        Instant now = clock.instant();
        int sent = 0;
        for (FamilyId family : new LinkedHashSet<>(audience.get())) {
            UUID id = UUID.nameUUIDFromBytes(("broadcast:" + command.broadcastId() + ":" + family.value())
                    .getBytes(StandardCharsets.UTF_8));
            Conversation copy = Conversation.startedByStaff(id, family, command.audience().facilityId(),
                    command.staff().login(), command.staff().displayName(), command.subject(), command.body(), now);
            if (conversations.addIfAbsent(copy)) {
                sent++;
                adults.tell(copy.lastMessage().id(), family, NotificationKind.NEW_MESSAGE,
                        command.staff().displayName(), copy.subject(), copy.lastMessage().body(), null);
            }
        }
        return new BroadcastOutcome(sent, List.of());
    }

    /** The families of the audience; empty when the audience names no facility/activity of planning. */
    private Optional<List<FamilyId>> familiesOf(Audience audience) {
        if (planning.facility(audience.facilityId()).isEmpty()) {
            return Optional.empty();
        }
        if (audience.activityId() != null && planning.activity(audience.activityId()).map(ActivityView::facilityId)
                .filter(audience.facilityId()::equals).isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        return switch (audience.kind()) {
            case "ACTIVITY" -> audience.activityId() == null ? Optional.empty()
                    : Optional.of(families.familiesOfActivity(audience.activityId(), today));
            case "FACILITY" -> Optional.of(families.familiesOfFacility(audience.facilityId(), today));
            case "DAY" -> audience.day() == null ? Optional.empty()
                    : Optional.of(families.familiesBookedOn(audience.facilityId(), audience.activityId(),
                    audience.day()));
            default -> Optional.empty();
        };
    }
}
