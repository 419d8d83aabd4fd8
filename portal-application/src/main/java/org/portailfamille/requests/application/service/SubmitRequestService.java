package org.portailfamille.requests.application.service;

import org.portailfamille.requests.application.port.in.RecordAcceptedRequestUseCase;
import org.portailfamille.requests.application.port.in.SubmitRequestCommand;
import org.portailfamille.requests.application.port.in.SubmitRequestUseCase;
import org.portailfamille.requests.application.port.out.Requests;
import org.portailfamille.requests.domain.FieldChange;
import org.portailfamille.requests.domain.Request;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Records requests: pending ones for staff, and those already carried out by their owner as accepted. */
public class SubmitRequestService implements SubmitRequestUseCase, RecordAcceptedRequestUseCase {

    private final Requests requests;
    private final RequestTypeCatalogue catalogue;
    private final Clock clock;

    public SubmitRequestService(Requests requests, RequestTypeCatalogue catalogue, Clock clock) {
        this.requests = requests;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Override
    public UUID submitRequest(SubmitRequestCommand command) {
        Request request = Request.submit(command.type(), areaOf(command), command.familyId(),
                command.childId(), command.submittedBy(), clock.instant(), changesOf(command), command.payload());
        requests.add(request);
        return request.id();
    }

    @Override
    public UUID recordAcceptedRequest(SubmitRequestCommand command) {
        Request request = Request.acceptedAtOnce(command.type(), areaOf(command),
                command.familyId(), command.childId(), command.submittedBy(), clock.instant(), changesOf(command),
                command.payload(), ACCEPTED_BY_RULES);
        requests.add(request);
        return request.id();
    }

    /** The request's area, as its type declares it in the catalogue: an undeclared type or area is refused. */
    private String areaOf(SubmitRequestCommand command) {
        var type = catalogue.type(command.type()).orElseThrow(() -> new IllegalArgumentException(
                "No module declares the request type " + command.type()));
        if (catalogue.area(command.area()).isEmpty() || !type.area().equals(command.area())) {
            throw new IllegalArgumentException(command.type() + " is shown in " + type.area() + ", not "
                    + command.area());
        }
        return command.area();
    }

    private static List<FieldChange> changesOf(SubmitRequestCommand command) {
        return command.changes().stream().map(change -> new FieldChange(change.labelKey(), change.oldValue(),
                change.newValue(), change.coded())).toList();
    }
}
