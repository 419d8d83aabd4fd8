package org.portailfamille.requests.adapter.out.persistence;

import org.junit.jupiter.api.Test;
import org.portailfamille.requests.application.port.out.Requests;
import org.portailfamille.requests.domain.FieldChange;
import org.portailfamille.requests.domain.Request;
import org.portailfamille.requests.domain.RequestStatus;
import org.portailfamille.shared.FamilyId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class JooqRequestsTest {

    private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");

    @Autowired
    Requests requests;

    private Request newRequest(FamilyId family, String type, Instant at) {
        return Request.submit(type, "ACCOUNT", family, null, "jean.dupont", at,
                List.of(new FieldChange("field.addressLine", "12 RUE", "3 AVENUE", false),
                        new FieldChange("field.maritalStatus", "maritalStatus.SEPARATED", "maritalStatus.MARRIED", true)),
                Map.of("addressLine", "3 AVENUE", "old.addressLine", "12 RUE"));
    }

    @Test
    void a_request_is_read_back_with_its_changes_in_order_and_its_payload() {
        FamilyId family = FamilyId.newId();
        Request request = newRequest(family, "accounts.guardian", T0);
        requests.add(request);

        Request read = requests.byId(request.id()).orElseThrow();
        assertThat(read.type()).isEqualTo("accounts.guardian");
        assertThat(read.familyId()).isEqualTo(family);
        assertThat(read.status()).isEqualTo(RequestStatus.PENDING);
        assertThat(read.submittedAt()).isEqualTo(T0);
        assertThat(read.changes()).extracting(FieldChange::labelKey)
                .containsExactly("field.addressLine", "field.maritalStatus");
        assertThat(read.changes().get(1).coded()).isTrue();
        assertThat(read.payload()).containsEntry("old.addressLine", "12 RUE").hasSize(2);
    }

    @Test
    void a_decision_is_stored_once_at_the_version_seen() throws Exception {
        Request request = newRequest(FamilyId.newId(), "accounts.guardian", T0);
        requests.add(request);
        ExecutorService agents = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            // Every agent read the request while it was pending (before anyone decided), as on the page.
            Request copy = requests.byId(request.id()).orElseThrow();
            if (i % 2 == 0) {
                copy.accept("agent" + i, T0.plusSeconds(60));
            } else {
                copy.refuse("agent" + i, T0.plusSeconds(60), "Motif " + i);
            }
            Callable<Boolean> decide = () -> {
                start.await();
                return requests.storeDecision(copy, 0);
            };
            results.add(agents.submit(decide));
        }
        start.countDown();
        int stored = 0;
        for (Future<Boolean> result : results) {
            stored += result.get() ? 1 : 0;
        }
        agents.shutdown();
        assertThat(stored).isEqualTo(1);
        Request decided = requests.byId(request.id()).orElseThrow();
        assertThat(decided.version()).isEqualTo(1);
        assertThat(decided.status()).isNotEqualTo(RequestStatus.PENDING);
        assertThat(decided.decidedBy()).startsWith("agent");
    }

    @Test
    void the_queue_is_oldest_first_and_filters_by_type_and_family() {
        FamilyId family = FamilyId.newId();
        Request later = newRequest(family, "accounts.tax", T0.plus(Duration.ofHours(2)));
        Request earlier = newRequest(family, "accounts.guardian", T0.plus(Duration.ofHours(1)));
        requests.add(later);
        requests.add(earlier);
        assertThat(requests.pending(null, family)).extracting(Request::id).containsExactly(earlier.id(), later.id());
        assertThat(requests.pending("accounts.tax", family)).extracting(Request::id).containsExactly(later.id());
        assertThat(requests.countPending()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void a_familys_list_holds_its_window_and_every_pending_request() {
        FamilyId family = FamilyId.newId();
        Request oldPending = newRequest(family, "accounts.guardian", T0.minus(Duration.ofDays(90)));
        Request oldDecided = newRequest(family, "accounts.caf", T0.minus(Duration.ofDays(90)));
        Request recent = newRequest(family, "accounts.tax", T0);
        requests.add(oldPending);
        requests.add(oldDecided);
        requests.add(recent);
        oldDecided.refuse("agent", T0.minus(Duration.ofDays(89)), "Incomplet");
        assertThat(requests.storeDecision(oldDecided, 0)).isTrue();
        requests.add(newRequest(FamilyId.newId(), "accounts.tax", T0));

        Instant from = T0.minus(Duration.ofDays(30));
        Instant to = T0.plus(Duration.ofDays(1));
        assertThat(requests.ofFamily(family, "ACCOUNT", null, from, to, true))
                .extracting(Request::id).containsExactlyInAnyOrder(oldPending.id(), recent.id());
        assertThat(requests.ofFamily(family, "ACCOUNT", null, from, to, false))
                .extracting(Request::id).containsExactly(recent.id());
        assertThat(requests.ofFamily(family, "ACCOUNT", null, T0.minus(Duration.ofDays(120)), from, false))
                .extracting(Request::id).containsExactlyInAnyOrder(oldPending.id(), oldDecided.id());
        assertThat(requests.ofFamily(family, "CHILDREN", null, from, to, true)).isEmpty();
        assertThat(requests.ofFamily(family, "ACCOUNT", "accounts.tax", from, to, true))
                .extracting(Request::id).containsExactly(recent.id());
    }
}
