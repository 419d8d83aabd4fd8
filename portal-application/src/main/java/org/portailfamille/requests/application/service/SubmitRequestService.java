package org.portailfamille.requests.application.service;

import org.portailfamille.requests.application.port.in.RecordAcceptedRequestUseCase;
import org.portailfamille.requests.application.port.in.SubmitRequestCommand;
import org.portailfamille.requests.application.port.in.SubmitRequestUseCase;
import org.portailfamille.requests.application.port.out.Requests;
import org.portailfamille.requests.domain.FieldChange;
import org.portailfamille.requests.domain.Request;
import org.portailfamille.requests.domain.RequestArea;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Records requests: pending ones for staff, and those already carried out by their owner as accepted. */
public class SubmitRequestService implements SubmitRequestUseCase, RecordAcceptedRequestUseCase {

    private final Requests requests;
    private final Clock clock;

    public SubmitRequestService(Requests requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    @Override
    public UUID submitRequest(SubmitRequestCommand command) {
        Request request = Request.submit(command.type(), RequestArea.valueOf(command.area()), command.familyId(),
                command.childId(), command.submittedBy(), clock.instant(), changesOf(command), command.payload());
        requests.add(request);
        return request.id();
    }

    @Override
    public UUID recordAcceptedRequest(SubmitRequestCommand command) {
        Request request = Request.acceptedAtOnce(command.type(), RequestArea.valueOf(command.area()),
                command.familyId(), command.childId(), command.submittedBy(), clock.instant(), changesOf(command),
                command.payload(), ACCEPTED_BY_RULES);
        requests.add(request);
        return request.id();
    }

    private static List<FieldChange> changesOf(SubmitRequestCommand command) {
        return command.changes().stream().map(change -> new FieldChange(change.labelKey(), change.oldValue(),
                change.newValue(), change.coded())).toList();
    }
}
