package org.portailfamille.messaging.application.service;

import org.portailfamille.messaging.application.port.in.ChangeContactDetailsCommand;
import org.portailfamille.messaging.application.port.in.ChangeContactDetailsUseCase;
import org.portailfamille.messaging.application.port.in.MessageProblem;
import org.portailfamille.messaging.application.port.out.ContactCards;
import org.portailfamille.messaging.domain.ContactCard;
import org.portailfamille.planning.application.port.in.ViewPlanningSetUpUseCase;

import java.time.Clock;
import java.util.List;

public class ChangeContactDetailsService implements ChangeContactDetailsUseCase {

    private final ContactCards cards;
    private final ViewPlanningSetUpUseCase planning;
    private final Clock clock;

    public ChangeContactDetailsService(ContactCards cards, ViewPlanningSetUpUseCase planning, Clock clock) {
        this.cards = cards;
        this.planning = planning;
        this.clock = clock;
    }

    @Override
    public List<MessageProblem> changeContactDetails(ChangeContactDetailsCommand command) {
        if (command.facilityId() != null && planning.facility(command.facilityId()).isEmpty()) {
            return List.of(MessageProblem.of("UNKNOWN_FACILITY"));
        }
        ContactCard card = new ContactCard(command.facilityId(), command.address(), command.phone(), command.email());
        List<MessageProblem> problems = card.problems().stream().map(MessageProblem::of).toList();
        if (problems.isEmpty()) {
            cards.save(card, clock.instant());
        }
        return problems;
    }
}
