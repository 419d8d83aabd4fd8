package org.portailfamille.planning.domain;

import org.junit.jupiter.api.Test;
import org.portailfamille.planning.ActivityId;
import org.portailfamille.shared.DateRange;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BookingPeriodTest {

    static final DateRange SUMMER = new DateRange(LocalDate.of(2026, 7, 6), LocalDate.of(2026, 8, 28));
    static final LocalDateTime OPENING = LocalDateTime.of(2026, 6, 2, 8, 30);

    @Test
    void booking_opens_at_the_opening_moment_included() {
        BookingPeriod period = BookingPeriod.of(ActivityId.newId(), SUMMER, OPENING, null);
        assertThat(period.isOpenAt(OPENING.minusNanos(1))).isFalse();
        assertThat(period.isNotOpenYet(OPENING.minusMinutes(1))).isTrue();
        assertThat(period.isOpenAt(OPENING)).isTrue();
        assertThat(period.isOpenAt(LocalDateTime.of(2026, 8, 27, 23, 0))).isTrue();
        assertThat(period.covers(LocalDate.of(2026, 7, 6))).isTrue();
        assertThat(period.covers(LocalDate.of(2026, 7, 5))).isFalse();
    }

    @Test
    void booking_closes_after_the_closing_moment_included() {
        LocalDateTime closing = LocalDateTime.of(2026, 6, 20, 23, 59);
        BookingPeriod period = BookingPeriod.of(ActivityId.newId(), SUMMER, OPENING, closing);
        assertThat(period.isOpenAt(closing)).isTrue();
        assertThat(period.isClosedAt(closing.plusSeconds(1))).isTrue();
        assertThat(period.isOpenAt(closing.plusSeconds(1))).isFalse();
    }

    @Test
    void a_period_closes_after_it_opens_and_opens_before_its_last_day() {
        assertThatThrownBy(() -> BookingPeriod.of(ActivityId.newId(), SUMMER, OPENING, OPENING))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BookingPeriod.of(ActivityId.newId(), SUMMER, LocalDateTime.of(2026, 8, 29, 8, 0),
                null)).isInstanceOf(IllegalArgumentException.class);
    }
}
