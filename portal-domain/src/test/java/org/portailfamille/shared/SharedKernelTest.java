package org.portailfamille.shared;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SharedKernelTest {

    @Test
    void money_is_exact_to_the_cent() {
        assertThat(Money.euros("243.20").plus(Money.euros("120.60"))).isEqualTo(Money.euros("363.80"));
        assertThat(Money.euros("0.1").plus(Money.euros("0.2"))).isEqualTo(Money.euros("0.30"));
        assertThat(Money.euros("120.60").minus(Money.euros("243.20"))).isEqualTo(Money.euros("-122.60"));
        assertThat(new Money(new BigDecimal("5.500")).amount()).isEqualByComparingTo("5.50");
        assertThatThrownBy(() -> Money.euros("1.005")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void school_year_runs_from_september_to_august() {
        assertThat(SchoolYear.containing(LocalDate.of(2015, 5, 4)).label()).isEqualTo("2014-2015");
        assertThat(SchoolYear.containing(LocalDate.of(2015, 8, 31)).label()).isEqualTo("2014-2015");
        assertThat(SchoolYear.containing(LocalDate.of(2015, 9, 1)).label()).isEqualTo("2015-2016");
        assertThat(new SchoolYear(2026).firstDay()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(new SchoolYear(2026).lastDay()).isEqualTo(LocalDate.of(2027, 8, 31));
        assertThat(new SchoolYear(2026).next().previous()).isEqualTo(new SchoolYear(2026));
    }

    @Test
    void date_range_includes_both_ends() {
        DateRange april = new DateRange(LocalDate.of(2015, 4, 1), LocalDate.of(2015, 4, 30));
        assertThat(april.contains(LocalDate.of(2015, 4, 1))).isTrue();
        assertThat(april.contains(LocalDate.of(2015, 4, 30))).isTrue();
        assertThat(april.contains(LocalDate.of(2015, 5, 1))).isFalse();
        assertThatThrownBy(() -> new DateRange(LocalDate.of(2015, 4, 2), LocalDate.of(2015, 4, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
