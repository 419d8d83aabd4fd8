package org.portailfamille.planning.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CapacityTest {

    private final Capacity twenty = Capacity.of(20);

    @Test
    void remaining_places() {
        assertThat(twenty.alertThreshold()).isEqualTo(Capacity.DEFAULT_ALERT_THRESHOLD).isEqualTo(5);
        assertThat(twenty.remaining(0)).isEqualTo(20);
        assertThat(twenty.remaining(12)).isEqualTo(8);
        assertThat(twenty.remaining(20)).isZero();
        assertThat(twenty.remaining(23)).as("staff booked beyond capacity").isZero();
    }

    @Test
    void full_when_no_place_remains() {
        assertThat(twenty.isFull(19)).isFalse();
        assertThat(twenty.isFull(20)).isTrue();
        assertThat(twenty.isFull(21)).isTrue();
    }

    @Test
    void almost_full_from_the_alert_threshold() {
        assertThat(twenty.isAlmostFull(14)).as("6 left").isFalse();
        assertThat(twenty.isAlmostFull(15)).as("5 left").isTrue();
        assertThat(twenty.isAlmostFull(19)).as("1 left").isTrue();
        assertThat(twenty.isAlmostFull(20)).as("full is not almost full").isFalse();
    }

    @Test
    void a_small_activity_or_no_alert() {
        Capacity four = Capacity.of(4);
        assertThat(four.isAlmostFull(0)).as("4 left of 4, under the threshold of 5").isTrue();

        Capacity noAlert = new Capacity(10, 0);
        assertThat(noAlert.isAlmostFull(9)).isFalse();
        assertThat(noAlert.isFull(10)).isTrue();
    }

    @Test
    void invalid_figures_are_refused() {
        assertThatThrownBy(() -> Capacity.of(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Capacity(10, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> twenty.remaining(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> twenty.isFull(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
