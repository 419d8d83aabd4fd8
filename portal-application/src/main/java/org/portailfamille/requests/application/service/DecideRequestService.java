package org.portailfamille.requests.application.service;

import org.portailfamille.requests.RequestAccepted;
import org.portailfamille.requests.RequestRefused;
import org.portailfamille.requests.application.port.in.DecideRequestCommand;
import org.portailfamille.requests.application.port.in.DecideRequestUseCase;
import org.portailfamille.requests.application.port.in.DecisionOutcome;
import org.portailfamille.requests.application.port.in.DecisionOutcome.Result;
import org.portailfamille.requests.application.port.out.RequestEvents;
import org.portailfamille.requests.application.port.out.Requests;
import org.portailfamille.requests.domain.Request;
import org.portailfamille.requests.domain.RequestStatus;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

public class DecideRequestService implements DecideRequestUseCase {

    private final Requests requests;
    private final RequestEvents events;
    private final RequestTypeCatalogue catalogue;
    private final Clock clock;

    public DecideRequestService(Requests requests, RequestEvents events, RequestTypeCatalogue catalogue,
                                Clock clock) {
        this.requests = requests;
        this.events = events;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Override
    public DecisionOutcome decide(DecideRequestCommand command) {
        Optional<Request> found = requests.byId(command.requestId());
        if (found.isEmpty()) {
            return DecisionOutcome.of(Result.NOT_FOUND);
        }
        Request request = found.get();
        if (request.status() != RequestStatus.PENDING || request.version() != command.seenVersion()) {
            return DecisionOutcome.of(Result.ALREADY_DECIDED);
        }
        Instant now = clock.instant();
        if (command.accept()) {
            Optional<String> conflict = catalogue.owner(request.type())
                    .flatMap(owner -> owner.conflictWithCurrentState(catalogue.raw(request)));
            if (conflict.isPresent()) {
                return new DecisionOutcome(Result.CONFLICT, conflict.get());
            }
            request.accept(command.decidedBy(), now);
        } else {
            if (!Request.isValidRefusalReason(command.refusalReason())) {
                return DecisionOutcome.of(Result.REASON_REQUIRED);
            }
            request.refuse(command.decidedBy(), now, command.refusalReason());
        }
        if (!requests.storeDecision(request, command.seenVersion())) {
            return DecisionOutcome.of(Result.ALREADY_DECIDED);
        }
        if (request.status() == RequestStatus.ACCEPTED) {
            events.accepted(new RequestAccepted(request.id(), request.type(), request.familyId(), request.childId(),
                    request.payload(), command.decidedBy(), now, request.submittedAt()));
        } else {
            events.refused(new RequestRefused(request.id(), request.type(), request.familyId(), request.childId(),
                    request.payload(), request.refusalReason(), command.decidedBy(), now, request.submittedAt()));
        }
        return DecisionOutcome.of(Result.DECIDED);
    }
}
