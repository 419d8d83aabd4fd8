package org.portailfamille.planning.domain;

import org.junit.jupiter.api.Test;
import org.portailfamille.planning.ActivityId;
import org.portailfamille.shared.ChildId;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WaitingListTest {

    private static final ActivityId ALSH_WEDNESDAY = ActivityId.newId();
    private static final LocalDate DAY = LocalDate.of(2026, 12, 9);
    private static final Instant T0 = Instant.parse("2026-11-28T08:30:00Z");

    private final ChildId lea = ChildId.newId();
    private final ChildId hugo = ChildId.newId();
    private final ChildId ines = ChildId.newId();

    private WaitingList threeWaiting() {
        return WaitingList.empty(ALSH_WEDNESDAY, DAY)
                .join(lea, T0)
                .join(hugo, T0.plusSeconds(2))
                .join(ines, T0.plusSeconds(60));
    }

    @Test
    void first_come_first_served() {
        WaitingList list = threeWaiting();

        assertThat(list.size()).isEqualTo(3);
        assertThat(list.positionOf(lea)).hasValue(1);
        assertThat(list.positionOf(hugo)).hasValue(2);
        assertThat(list.positionOf(ines)).hasValue(3);
        assertThat(list.positionOf(ChildId.newId())).isEmpty();
        assertThat(list.next()).map(WaitingEntry::child).contains(lea);
        assertThat(WaitingList.empty(ALSH_WEDNESDAY, DAY).next()).isEmpty();
        assertThat(WaitingList.empty(ALSH_WEDNESDAY, DAY).isEmpty()).isTrue();
    }

    @Test
    void entries_are_kept_in_arrival_order_whatever_order_they_are_loaded_in() {
        WaitingList list = new WaitingList(ALSH_WEDNESDAY, DAY, List.of(
                new WaitingEntry(ines, T0.plusSeconds(60)),
                new WaitingEntry(lea, T0),
                new WaitingEntry(hugo, T0.plusSeconds(2))));

        assertThat(list.entries()).extracting(WaitingEntry::child).containsExactly(lea, hugo, ines);
        assertThat(list).isEqualTo(threeWaiting());
    }

    @Test
    void same_instant_keeps_the_given_order() {
        WaitingList list = new WaitingList(ALSH_WEDNESDAY, DAY, List.of(
                new WaitingEntry(hugo, T0), new WaitingEntry(lea, T0)));

        assertThat(list.entries()).extracting(WaitingEntry::child).containsExactly(hugo, lea);
    }

    @Test
    void a_child_waits_once_and_joins_at_the_end() {
        WaitingList list = threeWaiting();

        assertThatThrownBy(() -> list.join(hugo, T0.plusSeconds(120))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> list.join(ChildId.newId(), T0.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WaitingList(ALSH_WEDNESDAY, DAY,
                List.of(new WaitingEntry(lea, T0), new WaitingEntry(lea, T0.plusSeconds(5)))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void leaving_moves_the_others_up() {
        WaitingList list = threeWaiting().without(hugo);

        assertThat(list.positionOf(ines)).hasValue(2);
        assertThat(list.contains(hugo)).isFalse();
        assertThatThrownBy(() -> list.without(hugo)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_freed_place_is_offered_to_the_first_child_for_24_hours() {
        Instant freedAt = Instant.parse("2026-12-01T17:42:00Z");

        Optional<WaitingList.Offered> offered = threeWaiting().offerNext(freedAt, PlaceOffer.DEFAULT_TIME_TO_ACCEPT);

        assertThat(offered).isPresent();
        PlaceOffer offer = offered.get().offer();
        assertThat(offer.child()).isEqualTo(lea);
        assertThat(offer.activity()).isEqualTo(ALSH_WEDNESDAY);
        assertThat(offer.day()).isEqualTo(DAY);
        assertThat(offer.offeredAt()).isEqualTo(freedAt);
        assertThat(offer.expiresAt()).isEqualTo(Instant.parse("2026-12-02T17:42:00Z"));
        WaitingList remaining = offered.get().remaining();
        assertThat(remaining.entries()).extracting(WaitingEntry::child).containsExactly(hugo, ines);

        // Léa lets it expire: the place goes to Hugo.
        Instant expired = offer.expiresAt();
        PlaceOffer second = remaining.offerNext(expired, Duration.ofHours(24)).orElseThrow().offer();
        assertThat(second.child()).isEqualTo(hugo);
    }

    @Test
    void nothing_to_offer_when_nobody_waits() {
        assertThat(WaitingList.empty(ALSH_WEDNESDAY, DAY).offerNext(T0, Duration.ofHours(24))).isEmpty();
        assertThatThrownBy(() -> threeWaiting().offerNext(T0, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_offer_is_accepted_before_it_expires() {
        PlaceOffer offer = new PlaceOffer(ALSH_WEDNESDAY, DAY, lea, T0, T0.plus(Duration.ofHours(24)));

        assertThat(offer.canBeAccepted(T0)).isTrue();
        assertThat(offer.canBeAccepted(offer.expiresAt().minusSeconds(60))).as("one minute before").isTrue();
        assertThat(offer.canBeAccepted(offer.expiresAt())).as("at expiry").isFalse();
        assertThat(offer.isExpired(offer.expiresAt().plusSeconds(60))).isTrue();
        assertThat(offer.timeLeft(T0.plus(Duration.ofHours(20)))).isEqualTo(Duration.ofHours(4));
        assertThat(offer.timeLeft(offer.expiresAt().plusSeconds(1))).isZero();
        assertThatThrownBy(() -> new PlaceOffer(ALSH_WEDNESDAY, DAY, lea, T0, T0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
