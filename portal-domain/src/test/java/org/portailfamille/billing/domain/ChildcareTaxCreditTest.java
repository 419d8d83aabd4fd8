package org.portailfamille.billing.domain;

import org.junit.jupiter.api.Test;
import org.portailfamille.billing.domain.ChildcareTaxCredit.CreditedLine;
import org.portailfamille.billing.domain.ChildcareTaxCredit.InvoiceLines;
import org.portailfamille.billing.domain.ChildcareTaxCredit.PaidCredit;
import org.portailfamille.billing.domain.ChildcareTaxCredit.Treatment;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ChildcareTaxCreditTest {

    static final ChildId LEA = new ChildId(UUID.randomUUID());
    static final ChildId TOM = new ChildId(UUID.randomUUID());
    static final UUID ALSH = UUID.randomUUID();
    static final UUID CANTEEN = UUID.randomUUID();

    static PricedLine line(ChildId child, UUID activity, LineComponent component, CareKind kind, String amount) {
        return line(child, activity, component, kind, amount, Usage.BOOKED, PriceBasis.FLAT);
    }

    static PricedLine line(ChildId child, UUID activity, LineComponent component, CareKind kind, String amount,
                           Usage usage, PriceBasis basis) {
        Money money = Money.euros(amount);
        return new PricedLine(new LineKey(child, activity, LocalDate.of(2025, 3, 5), component), "activité", usage,
                kind == CareKind.MEAL ? TariffUnit.MEAL : TariffUnit.DAY, BigDecimal.ONE, money, money, basis, null,
                null, null, null, kind);
    }

    static CreditedLine open(PricedLine line) {
        return new CreditedLine(line, Money.ZERO);
    }

    static PaidCredit paid(LocalDate date, UUID invoice, String amount) {
        return new PaidCredit(UUID.randomUUID(), date, PaymentMethod.CHEQUE, false, Map.of(invoice, Money.euros(amount)));
    }

    @Test
    void a_child_is_under_six_on_the_first_of_january_until_the_day_before_their_sixth_birthday() {
        assertThat(ChildcareTaxCredit.underSixOnFirstJanuary(LocalDate.of(2019, 1, 2), 2025)).isTrue();
        assertThat(ChildcareTaxCredit.underSixOnFirstJanuary(LocalDate.of(2019, 1, 1), 2025))
                .as("turns 6 on 1 January 2025").isFalse();
        assertThat(ChildcareTaxCredit.underSixOnFirstJanuary(LocalDate.of(2018, 12, 31), 2025)).isFalse();
        assertThat(ChildcareTaxCredit.underSixOnFirstJanuary(LocalDate.of(2019, 6, 30), 2025))
                .as("turns 6 during the year: still eligible for the whole year").isTrue();
        assertThat(ChildcareTaxCredit.underSixOnFirstJanuary(LocalDate.of(2025, 5, 1), 2025))
                .as("born during the year").isTrue();
    }

    @Test
    void meals_surcharges_and_fixed_absence_charges_are_not_childcare() {
        assertThat(ChildcareTaxCredit.treatmentOf(line(LEA, ALSH, LineComponent.DAY, CareKind.CHILDCARE, "10.00")))
                .isEqualTo(Treatment.CHILDCARE);
        assertThat(ChildcareTaxCredit.treatmentOf(line(LEA, CANTEEN, LineComponent.DAY, CareKind.MEAL, "4.00")))
                .isEqualTo(Treatment.MEAL);
        assertThat(ChildcareTaxCredit.treatmentOf(line(LEA, ALSH, LineComponent.LATE_BOOKING_SURCHARGE,
                CareKind.CHILDCARE, "5.00"))).isEqualTo(Treatment.PENALTY);
        assertThat(ChildcareTaxCredit.treatmentOf(line(LEA, ALSH, LineComponent.NO_BOOKING_SURCHARGE,
                CareKind.CHILDCARE, "10.00"))).isEqualTo(Treatment.PENALTY);
        assertThat(ChildcareTaxCredit.treatmentOf(line(LEA, ALSH, LineComponent.DAY, CareKind.CHILDCARE, "8.00",
                Usage.ABSENT_BILLED, PriceBasis.REASON_FIXED))).isEqualTo(Treatment.PENALTY);
        assertThat(ChildcareTaxCredit.treatmentOf(line(LEA, ALSH, LineComponent.DAY, CareKind.CHILDCARE, "10.00",
                Usage.ABSENT_BILLED, PriceBasis.FLAT))).as("a booked day billed despite the absence is care")
                .isEqualTo(Treatment.CHILDCARE);
        assertThat(ChildcareTaxCredit.treatmentOf(line(LEA, ALSH, LineComponent.DAY, CareKind.OTHER, "10.00")))
                .isEqualTo(Treatment.OTHER);
        assertThat(new Tariff(UUID.randomUUID(), CANTEEN, "Repas", TariffUnit.MEAL, BigDecimal.ONE,
                LocalDate.of(2025, 1, 1), null, List.of(new Bracket(BigDecimal.ZERO, Money.euros("4.00"))),
                BigDecimal.ZERO, Money.ZERO, Map.of()).careKind()).as("a meal unit defaults to a meal")
                .isEqualTo(CareKind.MEAL);
    }

    @Test
    void a_partial_payment_of_a_mixed_invoice_pays_its_childcare_in_proportion() {
        UUID invoice = UUID.randomUUID();
        InvoiceLines lines = new InvoiceLines(invoice, List.of(
                open(line(LEA, ALSH, LineComponent.DAY, CareKind.CHILDCARE, "60.00")),
                open(line(TOM, ALSH, LineComponent.DAY, CareKind.CHILDCARE, "20.00")),
                open(line(LEA, CANTEEN, LineComponent.DAY, CareKind.MEAL, "15.00")),
                open(line(LEA, ALSH, LineComponent.LATE_BOOKING_SURCHARGE, CareKind.CHILDCARE, "5.00"))));
        // 100 € invoice, 50 € paid: half of each line
        Map<ChildId, Money> paid = ChildcareTaxCredit.paidForCare(2025, List.of(lines),
                List.of(paid(LocalDate.of(2025, 4, 2), invoice, "50.00")));
        assertThat(paid).containsEntry(LEA, Money.euros("30.00")).containsEntry(TOM, Money.euros("10.00"));
        // paid in full later the same year
        paid = ChildcareTaxCredit.paidForCare(2025, List.of(lines), List.of(
                paid(LocalDate.of(2025, 4, 2), invoice, "50.00"), paid(LocalDate.of(2025, 5, 2), invoice, "50.00")));
        assertThat(paid).containsEntry(LEA, Money.euros("60.00")).containsEntry(TOM, Money.euros("20.00"));
    }

    @Test
    void one_payment_spread_over_two_invoices_counts_each_part_with_its_invoice() {
        UUID care = UUID.randomUUID();
        UUID meals = UUID.randomUUID();
        InvoiceLines careInvoice = new InvoiceLines(care, List.of(
                open(line(LEA, ALSH, LineComponent.DAY, CareKind.CHILDCARE, "30.00"))));
        InvoiceLines mealInvoice = new InvoiceLines(meals, List.of(
                open(line(LEA, CANTEEN, LineComponent.DAY, CareKind.MEAL, "40.00"))));
        PaidCredit cheque = new PaidCredit(UUID.randomUUID(), LocalDate.of(2025, 2, 1), PaymentMethod.CHEQUE, false,
                Map.of(care, Money.euros("30.00"), meals, Money.euros("25.00")));
        assertThat(ChildcareTaxCredit.paidForCare(2025, List.of(careInvoice, mealInvoice), List.of(cheque)))
                .containsExactlyEntriesOf(Map.of(LEA, Money.euros("30.00")));
    }

    @Test
    void credit_notes_reduce_the_lines_they_credit_before_the_proportion_is_taken() {
        UUID invoice = UUID.randomUUID();
        // 80 € care + 20 € meals; the meals were credited: the 80 € the family paid are all care
        InvoiceLines lines = new InvoiceLines(invoice, List.of(
                open(line(LEA, ALSH, LineComponent.DAY, CareKind.CHILDCARE, "80.00")),
                new CreditedLine(line(LEA, CANTEEN, LineComponent.DAY, CareKind.MEAL, "20.00"), Money.euros("20.00"))));
        assertThat(ChildcareTaxCredit.paidForCare(2025, List.of(lines),
                List.of(paid(LocalDate.of(2025, 6, 1), invoice, "80.00")))).containsEntry(LEA, Money.euros("80.00"));
        // a care day credited: only what is left of the care counts
        InvoiceLines careCredited = new InvoiceLines(invoice, List.of(
                new CreditedLine(line(LEA, ALSH, LineComponent.DAY, CareKind.CHILDCARE, "80.00"), Money.euros("30.00")),
                open(line(LEA, CANTEEN, LineComponent.DAY, CareKind.MEAL, "20.00"))));
        assertThat(ChildcareTaxCredit.paidForCare(2025, List.of(careCredited),
                List.of(paid(LocalDate.of(2025, 6, 1), invoice, "70.00")))).containsEntry(LEA, Money.euros("50.00"));
    }

    @Test
    void only_payments_dated_in_the_tax_year_count_and_never_titles_or_cancelled_payments() {
        UUID invoice = UUID.randomUUID();
        InvoiceLines lines = new InvoiceLines(invoice, List.of(
                open(line(LEA, ALSH, LineComponent.DAY, CareKind.CHILDCARE, "100.00"))));
        List<PaidCredit> payments = List.of(
                paid(LocalDate.of(2024, 12, 31), invoice, "10.00"),
                paid(LocalDate.of(2025, 1, 1), invoice, "20.00"),
                paid(LocalDate.of(2025, 12, 31), invoice, "30.00"),
                paid(LocalDate.of(2026, 1, 1), invoice, "5.00"),
                new PaidCredit(UUID.randomUUID(), LocalDate.of(2025, 7, 1), PaymentMethod.CHEQUE, true,
                        Map.of(invoice, Money.euros("7.00"))),
                new PaidCredit(UUID.randomUUID(), LocalDate.of(2025, 8, 1), PaymentMethod.TREASURY_TITLE, false,
                        Map.of(invoice, Money.euros("35.00"))));
        assertThat(ChildcareTaxCredit.paidForCare(2025, List.of(lines), payments))
                .containsExactlyEntriesOf(Map.of(LEA, Money.euros("50.00")));
        assertThat(ChildcareTaxCredit.paidForCare(2024, List.of(lines), payments))
                .containsExactlyEntriesOf(Map.of(LEA, Money.euros("10.00")));
        assertThat(ChildcareTaxCredit.paidForCare(2023, List.of(lines), payments)).isEmpty();
    }

    @Test
    void rounding_happens_once_per_child_so_thirds_add_up() {
        UUID invoice = UUID.randomUUID();
        InvoiceLines lines = new InvoiceLines(invoice, List.of(
                open(line(LEA, ALSH, LineComponent.DAY, CareKind.CHILDCARE, "10.00")),
                open(line(LEA, CANTEEN, LineComponent.DAY, CareKind.MEAL, "20.00"))));
        // three payments of 10 €: each pays 3.333… € of care; 10 € in all
        List<PaidCredit> payments = List.of(paid(LocalDate.of(2025, 1, 5), invoice, "10.00"),
                paid(LocalDate.of(2025, 2, 5), invoice, "10.00"), paid(LocalDate.of(2025, 3, 5), invoice, "10.00"));
        assertThat(ChildcareTaxCredit.paidForCare(2025, List.of(lines), payments)).containsEntry(LEA,
                Money.euros("10.00"));
    }

    @Test
    void selection_of_invoices_for_the_treasury_needs_both_thresholds() {
        TitleSelection selection = new TitleSelection(60, Money.euros("15.00"));
        LocalDate due = LocalDate.of(2025, 1, 31);
        assertThat(selection.selects(due, Money.euros("20.00"), due.plusDays(60))).isTrue();
        assertThat(selection.selects(due, Money.euros("20.00"), due.plusDays(59))).isFalse();
        assertThat(selection.selects(due, Money.euros("14.99"), due.plusDays(90))).isFalse();
        assertThat(selection.selects(due, Money.ZERO, due.plusDays(90))).isFalse();
        assertThat(new TitleSelection(0, Money.ZERO).selects(due, Money.euros("0.01"), due))
                .as("not past its due date yet").isFalse();
    }

    @Test
    void a_tariffs_kind_is_carried_by_every_line_it_prices_surcharges_included() {
        Tariff outing = new Tariff(UUID.randomUUID(), ALSH, "Sortie", TariffUnit.DAY, BigDecimal.ONE,
                LocalDate.of(2025, 1, 1), null, List.of(new Bracket(BigDecimal.ZERO, Money.euros("12.00"))),
                BigDecimal.TEN, Money.ZERO, Map.of(), CareKind.OTHER);
        List<PricedLine> lines = outing.price(new UsageDay(LEA, new org.portailfamille.shared.FamilyId(UUID.randomUUID()), ALSH, "Sortie", LocalDate.of(2025, 3, 5),
                Usage.BOOKED, true, null), null);
        assertThat(lines).hasSize(2).allSatisfy(line -> assertThat(line.careKind()).isEqualTo(CareKind.OTHER));
        assertThat(lines).extracting(ChildcareTaxCredit::treatmentOf)
                .containsExactly(Treatment.OTHER, Treatment.PENALTY);
    }
}
