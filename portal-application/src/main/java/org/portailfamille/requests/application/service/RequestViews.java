package org.portailfamille.requests.application.service;

import org.portailfamille.requests.application.port.in.FieldChangeView;
import org.portailfamille.requests.application.port.in.RequestView;
import org.portailfamille.requests.domain.Request;

/** Domain request → API view. */
final class RequestViews {

    private RequestViews() {
    }

    static RequestView of(Request request) {
        return new RequestView(request.id(), request.type(), request.area().name(), request.familyId(),
                request.childId(), request.submittedBy(), request.submittedAt(),
                request.changes().stream().map(change -> new FieldChangeView(change.labelKey(), change.oldValue(),
                        change.newValue(), change.coded())).toList(),
                request.payload(), request.status().name(), request.decidedBy(), request.decidedAt(),
                request.refusalReason(), request.version());
    }
}
