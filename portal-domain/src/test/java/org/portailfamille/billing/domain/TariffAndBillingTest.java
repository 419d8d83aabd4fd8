package org.portailfamille.billing.domain;

import org.junit.jupiter.api.Test;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;
import org.portailfamille.shared.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TariffAndBillingTest {

    private static final UUID ACTIVITY = UUID.randomUUID();
    private static final ChildId CHILD = ChildId.newId();
    private static final FamilyId FAMILY = FamilyId.newId();
    private static final LocalDate DAY = LocalDate.of(2015, 4, 8);

    /** The domain rules' example: 0–499: 9.50 €; 500–950: 10.05 €; 951+: 13.90 € a day. */
    private static Tariff brackets(BigDecimal latePercent, String noBooking, Map<String, ReasonEffect> effects) {
        return new Tariff(UUID.randomUUID(), ACTIVITY, "ALSH journée", TariffUnit.DAY, BigDecimal.ONE,
                LocalDate.of(2014, 9, 1), LocalDate.of(2015, 8, 31),
                List.of(new Bracket(BigDecimal.ZERO, Money.euros("9.50")),
                        new Bracket(new BigDecimal("500"), Money.euros("10.05")),
                        new Bracket(new BigDecimal("951"), Money.euros("13.90"))),
                latePercent, Money.euros(noBooking), effects);
    }

    private static UsageDay day(Usage usage, boolean late, String reason) {
        return new UsageDay(CHILD, FAMILY, ACTIVITY, "ALSH journée", DAY, usage, late, reason);
    }

    @Test
    void the_family_quotient_chooses_the_bracket() {
        Tariff tariff = brackets(BigDecimal.ZERO, "0", Map.of());
        assertThat(tariff.dayPrice(new BigDecimal("0"))).isEqualTo(Money.euros("9.50"));
        assertThat(tariff.dayPrice(new BigDecimal("499.99"))).isEqualTo(Money.euros("9.50"));
        assertThat(tariff.dayPrice(new BigDecimal("500"))).isEqualTo(Money.euros("10.05"));
        assertThat(tariff.dayPrice(new BigDecimal("950.99"))).isEqualTo(Money.euros("10.05"));
        assertThat(tariff.dayPrice(new BigDecimal("951"))).isEqualTo(Money.euros("13.90"));
        PricedLine line = tariff.price(day(Usage.BOOKED, false, null), new BigDecimal("720")).get(0);
        assertThat(line.basis()).isEqualTo(PriceBasis.BRACKET);
        assertThat(line.quotientFrom()).isEqualByComparingTo("500");
        assertThat(line.quotientTo()).isEqualByComparingTo("951");
    }

    @Test
    void a_family_without_quotient_pays_the_highest_bracket_and_the_line_says_why() {
        PricedLine line = brackets(BigDecimal.ZERO, "0", Map.of()).price(day(Usage.REGULAR, false, null), null).get(0);
        assertThat(line.amount()).isEqualTo(Money.euros("13.90"));
        assertThat(line.basis()).isEqualTo(PriceBasis.NO_QUOTIENT);
    }

    @Test
    void hours_multiply_the_unit_price() {
        Tariff hourly = new Tariff(UUID.randomUUID(), ACTIVITY, "Crèche", TariffUnit.HOUR, new BigDecimal("2.5"),
                DAY, null, List.of(new Bracket(BigDecimal.ZERO, Money.euros("1.33"))), BigDecimal.ZERO, Money.ZERO,
                Map.of());
        PricedLine line = hourly.price(day(Usage.BOOKED, false, null), null).get(0);
        assertThat(line.amount()).isEqualTo(Money.euros("3.33"));
        assertThat(line.basis()).isEqualTo(PriceBasis.FLAT);
    }

    @Test
    void a_late_booking_adds_its_percentage_and_a_presence_without_booking_its_fixed_amount() {
        Tariff tariff = brackets(new BigDecimal("50"), "10.00", Map.of());
        List<PricedLine> late = tariff.price(day(Usage.BOOKED, true, null), new BigDecimal("600"));
        assertThat(late).extracting(PricedLine::amount).containsExactly(Money.euros("10.05"), Money.euros("5.03"));
        assertThat(late.get(1).basis()).isEqualTo(PriceBasis.LATE_BOOKING);
        List<PricedLine> walkIn = tariff.price(day(Usage.PRESENT_WITHOUT_BOOKING, false, null), new BigDecimal("600"));
        assertThat(walkIn).extracting(PricedLine::amount).containsExactly(Money.euros("10.05"), Money.euros("10.00"));
        assertThat(walkIn.get(1).key().component()).isEqualTo(LineComponent.NO_BOOKING_SURCHARGE);
    }

    @Test
    void absence_reasons_carry_their_billing_effect() {
        Tariff tariff = brackets(BigDecimal.ZERO, "0", Map.of(
                "FAMILY_EVENT", new ReasonEffect(ReasonEffect.Effect.NOT_BILLED, Money.ZERO),
                "PERSONAL", new ReasonEffect(ReasonEffect.Effect.FIXED_AMOUNT, Money.euros("2.00"))));
        assertThat(tariff.price(day(Usage.ABSENT_BILLED, false, "FAMILY_EVENT"), null)).isEmpty();
        assertThat(tariff.price(day(Usage.ABSENT_BILLED, false, "PERSONAL"), null)).singleElement()
                .satisfies(line -> {
                    assertThat(line.amount()).isEqualTo(Money.euros("2.00"));
                    assertThat(line.basis()).isEqualTo(PriceBasis.REASON_FIXED);
                    assertThat(line.reasonCode()).isEqualTo("PERSONAL");
                });
        assertThat(tariff.price(day(Usage.ABSENT_BILLED, false, "UNDECLARED"), new BigDecimal("100")))
                .extracting(PricedLine::amount).containsExactly(Money.euros("9.50"));
        assertThat(tariff.price(day(Usage.ABSENCE_PENDING, false, "ILLNESS"), null)).isEmpty();
    }

    @Test
    void a_tariff_checks_its_brackets_and_validity() {
        assertThat(Tariff.problems("T", BigDecimal.ONE, DAY, DAY.minusDays(1),
                List.of(new Bracket(BigDecimal.ONE, Money.euros("1.00"))), BigDecimal.ZERO, Money.ZERO,
                Map.of("NOPE", ReasonEffect.BILLED)))
                .containsExactlyInAnyOrder("validity.invalid", "brackets.firstNotZero", "reason.unknown");
        assertThatThrownBy(() -> new Tariff(UUID.randomUUID(), ACTIVITY, "", TariffUnit.DAY, BigDecimal.ONE, DAY, null,
                List.of(), BigDecimal.ZERO, Money.ZERO, Map.of())).isInstanceOf(IllegalArgumentException.class);
        Tariff a = brackets(BigDecimal.ZERO, "0", Map.of());
        Tariff later = new Tariff(UUID.randomUUID(), ACTIVITY, "2015-2016", TariffUnit.DAY, BigDecimal.ONE,
                LocalDate.of(2015, 9, 1), null, a.brackets(), BigDecimal.ZERO, Money.ZERO, Map.of());
        assertThat(a.overlaps(later)).isFalse();
        assertThat(later.covers(LocalDate.of(2030, 1, 1))).isTrue();
    }

    @Test
    void a_run_bills_what_is_not_billed_and_credits_what_is_no_longer_billable() {
        Tariff tariff = brackets(BigDecimal.ZERO, "0", Map.of());
        UsageDay first = new UsageDay(CHILD, FAMILY, ACTIVITY, "ALSH", DAY, Usage.BOOKED, false, null);
        UsageDay second = new UsageDay(CHILD, FAMILY, ACTIVITY, "ALSH", DAY.plusDays(1), Usage.BOOKED, false, null);
        UsageDay pending = new UsageDay(CHILD, FAMILY, ACTIVITY, "ALSH", DAY.plusDays(2), Usage.ABSENCE_PENDING, false,
                "ILLNESS");
        UUID invoice = UUID.randomUUID();
        BilledLine billedFirst = new BilledLine(UUID.randomUUID(), invoice,
                new LineKey(CHILD, ACTIVITY, DAY, LineComponent.DAY), Money.euros("13.90"), 1);
        BilledLine billedExcused = new BilledLine(UUID.randomUUID(), invoice,
                new LineKey(CHILD, ACTIVITY, DAY.plusDays(3), LineComponent.DAY), Money.euros("13.90"), 1);
        BilledLine billedPending = new BilledLine(UUID.randomUUID(), invoice,
                new LineKey(CHILD, ACTIVITY, DAY.plusDays(2), LineComponent.DAY), Money.euros("13.90"), 1);

        FamilyBilling plan = FamilyBilling.plan(List.of(first, second, pending), (activity, day) -> tariff, null,
                List.of(billedFirst, billedExcused, billedPending));

        assertThat(plan.toBill()).extracting(line -> line.key().day()).containsExactly(DAY.plusDays(1));
        assertThat(plan.toCredit()).containsExactly(billedExcused);
        assertThat(plan.anomalies()).extracting(Anomaly::code)
                .containsExactly(RunAnomalyCode.ABSENCE_PENDING, RunAnomalyCode.NO_QUOTIENT);

        FamilyBilling noTariff = FamilyBilling.plan(List.of(first), (activity, day) -> null, null, List.of(billedFirst));
        assertThat(noTariff.toBill()).isEmpty();
        assertThat(noTariff.toCredit()).isEmpty();
        assertThat(noTariff.anomalies()).extracting(Anomaly::code).containsExactly(RunAnomalyCode.NO_TARIFF);
    }

    @Test
    void allocation_goes_oldest_first_and_never_beyond_the_credit_or_an_invoice() {
        UUID credit = UUID.randomUUID();
        UUID older = UUID.randomUUID();
        UUID newer = UUID.randomUUID();
        List<Allocation> made = AllocationPolicy.allocate(credit, Money.euros("300.00"), List.of(
                new AllocationPolicy.Open(older, Money.euros("243.20")),
                new AllocationPolicy.Open(UUID.randomUUID(), Money.ZERO),
                new AllocationPolicy.Open(newer, Money.euros("120.60"))));
        assertThat(made).containsExactly(new Allocation(credit, older, Money.euros("243.20")),
                new Allocation(credit, newer, Money.euros("56.80")));
    }
}
