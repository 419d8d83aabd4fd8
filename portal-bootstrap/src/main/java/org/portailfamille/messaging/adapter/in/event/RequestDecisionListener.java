package org.portailfamille.messaging.adapter.in.event;

import org.portailfamille.messaging.application.port.in.NotifyRequestDecisionUseCase;
import org.portailfamille.messaging.application.port.in.RequestDecisionNotice;
import org.portailfamille.requests.RequestAccepted;
import org.portailfamille.requests.RequestRefused;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells the family about every decision on one of its requests. */
@Component
class RequestDecisionListener {

    private final NotifyRequestDecisionUseCase notify;

    RequestDecisionListener(NotifyRequestDecisionUseCase notify) {
        this.notify = notify;
    }

    @ApplicationModuleListener
    void on(RequestAccepted event) {
        if (event.familyId() != null) {
            notify.notifyRequestDecision(new RequestDecisionNotice(event.requestId(), event.familyId(), event.type(),
                    true, null, event.submittedAt(), dayOf(event.payload())));
        }
    }

    @ApplicationModuleListener
    void on(RequestRefused event) {
        if (event.familyId() != null) {
            notify.notifyRequestDecision(new RequestDecisionNotice(event.requestId(), event.familyId(), event.type(),
                    false, event.reason(), event.submittedAt(), dayOf(event.payload())));
        }
    }

    /** The day a planning request is about (its payload's "day"), null for other requests or a malformed one. */
    static java.time.@org.jspecify.annotations.Nullable LocalDate dayOf(java.util.Map<String, String> payload) {
        String day = payload.get("day");
        if (day == null) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(day);
        } catch (java.time.format.DateTimeParseException malformed) {
            return null;
        }
    }
}
