package org.portailfamille.requests.application.service;

import org.junit.jupiter.api.Test;
import org.portailfamille.requests.RequestAccepted;
import org.portailfamille.requests.RequestRefused;
import org.portailfamille.requests.application.port.in.DecideRequestCommand;
import org.portailfamille.requests.application.port.in.DecisionOutcome;
import org.portailfamille.requests.application.port.in.FieldChangeView;
import org.portailfamille.requests.application.port.in.RecordAcceptedRequestUseCase;
import org.portailfamille.requests.application.port.in.RequestQueueQuery;
import org.portailfamille.requests.application.port.in.SubmitRequestCommand;
import org.portailfamille.requests.application.port.out.RequestEvents;
import org.portailfamille.requests.application.port.out.Requests;
import org.portailfamille.requests.domain.Request;
import org.portailfamille.requests.domain.RequestStatus;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Submitting a request for staff, and recording one its owner carried out at once (accepted, no event). */
class SubmitRequestServiceTest {

    static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");

    final Map<UUID, Request> stored = new LinkedHashMap<>();
    final List<Object> published = new ArrayList<>();
    final Requests requests = new Requests() {
        public void add(Request request) { stored.put(request.id(), request); }
        public Optional<Request> byId(UUID id) { return Optional.ofNullable(stored.get(id)); }
        public boolean storeDecision(Request decided, long seenVersion) { stored.put(decided.id(), decided); return true; }
        public List<Request> pending(String type, FamilyId familyId) {
            return stored.values().stream().filter(r -> r.status() == RequestStatus.PENDING).toList();
        }
        public int countPending() { return pending(null, null).size(); }
        public List<Request> ofFamily(FamilyId familyId, String area, String type, Instant from, Instant to,
                                      boolean withPending) {
            return List.copyOf(stored.values());
        }
    };
    final RequestEvents events = new RequestEvents() {
        public void accepted(RequestAccepted event) { published.add(event); }
        public void refused(RequestRefused event) { published.add(event); }
    };
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final RequestTypeCatalogue catalogue = new RequestTypeCatalogue(List.of(CatalogueTest.owner("planning.",
            List.of(new org.portailfamille.requests.application.port.in.RequestArea("CHILDREN", "enfants",
                    "requestArea.CHILDREN", 20)),
            List.of(org.portailfamille.requests.application.port.spi.RequestTypeDescriptor.of("planning.reservation",
                    "CHILDREN", 60)))));
    final SubmitRequestService submit = new SubmitRequestService(requests, catalogue, clock);
    final ViewRequestQueueService queue = new ViewRequestQueueService(requests, catalogue, CatalogueTest.NO_FAMILIES);
    final DecideRequestService decide = new DecideRequestService(requests, events, catalogue, clock);

    SubmitRequestCommand command() {
        return new SubmitRequestCommand("planning.reservation", "CHILDREN", FamilyId.newId(), ChildId.newId(),
                "parent.login", List.of(new FieldChangeView("planning.request.field.day", "", "mercredi 03/03/2027",
                false)), Map.of("reservationId", UUID.randomUUID().toString()));
    }

    @Test
    void a_request_of_an_undeclared_type_or_area_is_refused() {
        SubmitRequestCommand valid = command();
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> submit.submitRequest(
                new SubmitRequestCommand("planning.unknown", "CHILDREN", valid.familyId(), valid.childId(),
                        valid.submittedBy(), valid.changes(), valid.payload())));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> submit.submitRequest(
                new SubmitRequestCommand("planning.reservation", "ACCOUNT", valid.familyId(), valid.childId(),
                        valid.submittedBy(), valid.changes(), valid.payload())));
        assertThat(stored).isEmpty();
    }

    @Test
    void a_submitted_request_is_pending_in_the_staff_queue() {
        UUID id = submit.submitRequest(command());

        assertThat(stored.get(id).status()).isEqualTo(RequestStatus.PENDING);
        assertThat(queue.pendingRequests(new RequestQueueQuery(null, null))).extracting(r -> r.id()).containsExactly(id);
    }

    @Test
    void a_request_recorded_as_accepted_at_once_is_accepted_by_the_portal_never_queued_and_publishes_nothing() {
        UUID id = submit.recordAcceptedRequest(command());

        Request request = stored.get(id);
        assertThat(request.status()).isEqualTo(RequestStatus.ACCEPTED);
        assertThat(request.decidedBy()).isEqualTo(RecordAcceptedRequestUseCase.ACCEPTED_BY_RULES);
        assertThat(request.decidedAt()).isEqualTo(NOW);
        assertThat(request.submittedAt()).isEqualTo(NOW);
        assertThat(request.refusalReason()).isNull();
        assertThat(queue.pendingRequests(new RequestQueueQuery(null, null))).isEmpty();
        assertThat(queue.pendingCount()).isZero();
        assertThat(published).isEmpty();
        assertThat(decide.decide(new DecideRequestCommand(id, request.version(), false, "agent", "non")).result())
                .isEqualTo(DecisionOutcome.Result.ALREADY_DECIDED);
        assertThat(published).isEmpty();
    }
}
