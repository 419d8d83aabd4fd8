package org.portailfamille.requests.application.service;

import org.junit.jupiter.api.Test;
import org.portailfamille.requests.application.port.in.FamilyRequests;
import org.portailfamille.requests.application.port.in.FamilyRequestsQuery;
import org.portailfamille.requests.application.port.in.FieldChangeView;
import org.portailfamille.requests.application.port.in.RequestArea;
import org.portailfamille.requests.application.port.in.RequestFamily;
import org.portailfamille.requests.application.port.in.RequestLink;
import org.portailfamille.requests.application.port.in.RequestQueueQuery;
import org.portailfamille.requests.application.port.in.RequestSummary;
import org.portailfamille.requests.application.port.in.RequestTypeView;
import org.portailfamille.requests.application.port.in.RequestView;
import org.portailfamille.requests.application.port.out.Requests;
import org.portailfamille.requests.application.port.spi.RequestFamilies;
import org.portailfamille.requests.application.port.spi.RequestTypeDescriptor;
import org.portailfamille.requests.application.port.spi.RequestTypeHandler;
import org.portailfamille.requests.application.port.spi.Sensitivity;
import org.portailfamille.requests.domain.FieldChange;
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
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The request-type catalogue: contributions checked at start, areas and types in their order, sensitive fields
 * masked in every list (all fields, named fields, or only when the request matches), and a sensitive request read in
 * full only after its owner recorded the read.
 */
class CatalogueTest {

    static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");
    static final RequestFamilies NO_FAMILIES = new RequestFamilies() {
        public Optional<RequestFamily> family(FamilyId familyId) { return Optional.empty(); }
        public Optional<FamilyId> familyIdByNumber(String familyNumber) { return Optional.empty(); }
    };

    /** A module owning types under {@code prefix}; its audit hook writes to {@code reads}. */
    static RequestTypeHandler owner(String prefix, List<RequestArea> areas, List<RequestTypeDescriptor> types,
                                    List<String> reads) {
        return new RequestTypeHandler() {
            public String typePrefix() { return prefix; }
            public List<RequestArea> areas() { return areas; }
            public List<RequestTypeDescriptor> types() { return types; }
            public Optional<String> conflictWithCurrentState(RequestView request) { return Optional.empty(); }
            public void recordSensitiveRead(RequestView request, String reader) {
                reads.add(reader + " read " + request.id());
            }
        };
    }

    static RequestTypeHandler owner(String prefix, List<RequestArea> areas, List<RequestTypeDescriptor> types) {
        return owner(prefix, areas, types, new ArrayList<>());
    }

    static final RequestArea HOME = new RequestArea("HOME", "maison", "area.home", 20);
    static final RequestArea GARDEN = new RequestArea("GARDEN", "jardin", "area.garden", 10);

    final List<String> reads = new ArrayList<>();
    final RequestTypeCatalogue catalogue = new RequestTypeCatalogue(List.of(
            owner("house.", List.of(HOME, GARDEN), List.of(
                    RequestTypeDescriptor.of("house.door", "HOME", 20),
                    RequestTypeDescriptor.of("house.window", "HOME", 10).notInFamilyFilter(),
                    RequestTypeDescriptor.of("house.health", "HOME", 30).withSensitivity(Sensitivity.allFields())
                            .withFamilySummary(request -> Optional.of(RequestSummary.of("house.health.summary"))),
                    RequestTypeDescriptor.of("house.absence", "GARDEN", 10).withoutPreviousValues()
                            .withSensitivity(Sensitivity.fields("reason").when(request -> request.changes().stream()
                                    .anyMatch(change -> change.newValue().equals("ILLNESS"))))
                            .withListedPayloadKeys("file")
                            .withStaffLinks(request -> List.of(new RequestLink("term", "link",
                                    "/certificate/" + request.payload().get("file"))))), reads)));

    final Map<UUID, Request> stored = new LinkedHashMap<>();
    final Requests requests = new Requests() {
        public void add(Request request) { stored.put(request.id(), request); }
        public Optional<Request> byId(UUID id) { return Optional.ofNullable(stored.get(id)); }
        public boolean storeDecision(Request decided, long seenVersion) { return true; }
        public List<Request> pending(String type, FamilyId familyId) {
            return stored.values().stream().filter(r -> r.status() == RequestStatus.PENDING).toList();
        }
        public int countPending() { return stored.size(); }
        public List<Request> ofFamily(FamilyId familyId, String area, String type, Instant from, Instant to,
                                      boolean withPending) {
            return stored.values().stream().filter(r -> r.area().equals(area)).toList();
        }
    };
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final FamilyId family = FamilyId.newId();
    final ViewRequestQueueService queue = new ViewRequestQueueService(requests, catalogue, NO_FAMILIES);
    final ReadRequestService read = new ReadRequestService(requests, catalogue, NO_FAMILIES);
    final ListFamilyRequestsService list = new ListFamilyRequestsService(requests, catalogue, clock);

    UUID submitted(String type, String area, FieldChange... changes) {
        Request request = Request.submit(type, area, family, ChildId.newId(), "parent", NOW, List.of(changes),
                Map.of("file", "f1", "secret", "kiwi"));
        stored.put(request.id(), request);
        return request.id();
    }

    @Test
    void areas_and_types_come_in_their_declared_order() {
        assertThat(list.areas()).containsExactly(GARDEN, HOME);
        assertThat(queue.types()).extracting(RequestTypeView::type)
                .containsExactly("house.absence", "house.window", "house.door", "house.health");
        FamilyRequests home = list.familyRequests(new FamilyRequestsQuery(family, "HOME", "house.window", 0));
        assertThat(home.types()).extracting(RequestTypeView::type).containsExactly("house.door", "house.health");
        assertThat(home.selectedType()).as("a type not offered to families is ignored").isNull();
        assertThat(home.area()).isEqualTo(HOME);
    }

    @Test
    void a_contribution_that_does_not_hold_together_stops_the_start() {
        assertThatIllegalStateException().isThrownBy(() -> new RequestTypeCatalogue(List.of(owner("house.",
                List.of(HOME), List.of(RequestTypeDescriptor.of("garden.door", "HOME", 1))))));
        assertThatIllegalStateException().isThrownBy(() -> new RequestTypeCatalogue(List.of(owner("house.",
                List.of(HOME), List.of(RequestTypeDescriptor.of("house.door", "ATTIC", 1))))));
        assertThatIllegalStateException().isThrownBy(() -> new RequestTypeCatalogue(List.of(owner("house.",
                List.of(HOME), List.of(RequestTypeDescriptor.of("house.door", "HOME", 1),
                        RequestTypeDescriptor.of("house.door", "HOME", 2))))));
        assertThatIllegalStateException().isThrownBy(() -> new RequestTypeCatalogue(List.of(
                owner("house.", List.of(HOME), List.of()),
                owner("garden.", List.of(new RequestArea("HOME", "maison", "other.label", 20)), List.of()))));
    }

    @Test
    void sensitive_fields_are_masked_in_every_list_and_read_in_full_only_once_recorded() {
        UUID health = submitted("house.health", "HOME", new FieldChange("allergies", "Arachide", "kiwi", false));
        UUID door = submitted("house.door", "HOME", new FieldChange("colour", "blue", "red", false));

        RequestView listed = queue.request(health).orElseThrow();
        assertThat(listed.changes()).singleElement().satisfies(change -> {
            assertThat(change.oldValue()).isEqualTo(RequestView.MASKED);
            assertThat(change.newValue()).isEqualTo(RequestView.MASKED);
        });
        assertThat(listed.payload()).isEmpty();
        assertThat(listed.shown().masked()).isTrue();
        assertThat(queue.pendingRequests(new RequestQueueQuery(null, null)))
                .flatExtracting(RequestView::changes).extracting(FieldChangeView::newValue)
                .containsExactlyInAnyOrder(RequestView.MASKED, "red");
        FamilyRequests familyList = list.familyRequests(new FamilyRequestsQuery(family, "HOME", null, 0));
        assertThat(familyList.pending()).filteredOn(r -> r.id().equals(health)).singleElement().satisfies(r -> {
            assertThat(r.changes()).extracting(FieldChangeView::newValue).containsOnly(RequestView.MASKED);
            assertThat(r.shown().summary()).isEqualTo(RequestSummary.of("house.health.summary"));
        });
        assertThat(reads).as("lists are no reads").isEmpty();

        RequestView inFull = read.readRequest(health, "agent").orElseThrow();
        assertThat(inFull.changes()).extracting(FieldChangeView::newValue).containsExactly("kiwi");
        assertThat(inFull.shown().auditedRead()).isTrue();
        assertThat(reads).containsExactly("agent read " + health);

        assertThat(read.readRequest(door, "agent").orElseThrow().changes()).extracting(FieldChangeView::newValue)
                .containsExactly("red");
        assertThat(reads).as("nothing sensitive, nothing recorded").hasSize(1);
    }

    @Test
    void a_type_may_be_sensitive_only_when_the_request_matches() {
        UUID ill = submitted("house.absence", "GARDEN", new FieldChange("day", "", "lundi", false),
                new FieldChange("reason", "", "ILLNESS", true));
        UUID away = submitted("house.absence", "GARDEN", new FieldChange("day", "", "lundi", false),
                new FieldChange("reason", "", "HOLIDAY", true));

        assertThat(queue.request(ill).orElseThrow().changes()).extracting(FieldChangeView::newValue)
                .containsExactly("lundi", RequestView.MASKED);
        assertThat(queue.request(ill).orElseThrow().shown().links()).as("links only in the full read").isEmpty();
        assertThat(queue.request(ill).orElseThrow().payload()).as("identifiers only").containsOnlyKeys("file");
        assertThat(queue.request(away).orElseThrow().changes()).extracting(FieldChangeView::newValue)
                .containsExactly("lundi", "HOLIDAY");
        assertThat(queue.request(away).orElseThrow().shown().showsPreviousValues()).isFalse();

        RequestView inFull = read.readRequest(ill, "agent").orElseThrow();
        assertThat(inFull.changes()).extracting(FieldChangeView::newValue).containsExactly("lundi", "ILLNESS");
        assertThat(inFull.shown().links()).extracting(RequestLink::path).containsExactly("/certificate/f1");
        read.readRequest(away, "agent");
        assertThat(reads).containsExactly("agent read " + ill);
    }

    @Test
    void a_request_whose_type_no_module_declares_stays_masked_even_in_the_detail() {
        Request orphan = Request.submit("gone.kind", "HOME", family, null, "parent", NOW,
                List.of(new FieldChange("secret", "", "kiwi", false)), Map.of());
        stored.put(orphan.id(), orphan);

        RequestView detail = read.readRequest(orphan.id(), "agent").orElseThrow();
        assertThat(detail.changes()).extracting(FieldChangeView::newValue).containsExactly(RequestView.MASKED);
        assertThat(detail.shown().masked()).isTrue();
        assertThat(reads).isEmpty();
    }
}
