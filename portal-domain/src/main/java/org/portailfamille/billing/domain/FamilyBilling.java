package org.portailfamille.billing.domain;

import org.jspecify.annotations.Nullable;
import org.portailfamille.shared.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.UUID;
import java.time.LocalDate;

/**
 * What a run bills one family for a month, given the days billable now and the lines already billed (and not
 * credited): lines whose key is not billed yet are invoiced; billed lines whose key is no longer billable (an absence
 * ruled excused afterwards, a day closed) are credited. A day whose absence awaits a ruling is neither billed nor
 * credited. Prices already invoiced are not revised.
 *
 * @param toBill    new invoice lines
 * @param toCredit  billed lines to credit (each credits its invoice)
 * @param anomalies what staff should see
 */
public record FamilyBilling(List<PricedLine> toBill, List<BilledLine> toCredit, List<Anomaly> anomalies) {

    public FamilyBilling {
        toBill = List.copyOf(toBill);
        toCredit = List.copyOf(toCredit);
        anomalies = List.copyOf(anomalies);
    }

    /**
     * @param days     the family's billable days of the month (one régie)
     * @param tariffOf the tariff of an activity on a day, or null
     * @param quotient the family quotient, or null when unknown
     * @param billed   the family's lines of that month and régie billed and not credited
     */
    public static FamilyBilling plan(Collection<UsageDay> days, BiFunction<UUID, LocalDate, @Nullable Tariff> tariffOf,
                                     @Nullable BigDecimal quotient, Collection<BilledLine> billed) {
        Set<LineKey> billedKeys = new HashSet<>();
        billed.forEach(line -> billedKeys.add(line.key()));
        Set<LineKey> expected = new HashSet<>();
        Set<LineKey> held = new HashSet<>();
        List<PricedLine> toBill = new ArrayList<>();
        Set<Anomaly> anomalies = new LinkedHashSet<>();
        boolean noQuotient = false;
        for (UsageDay day : days) {
            if (day.usage() == Usage.ABSENCE_PENDING) {
                for (LineComponent component : LineComponent.values()) {
                    held.add(new LineKey(day.child(), day.activityId(), day.day(), component));
                }
                anomalies.add(new Anomaly(RunAnomalyCode.ABSENCE_PENDING, day.child(), day.activityId(), day.day()));
                continue;
            }
            Tariff tariff = tariffOf.apply(day.activityId(), day.day());
            if (tariff == null) {
                anomalies.add(new Anomaly(RunAnomalyCode.NO_TARIFF, day.child(), day.activityId(), day.day()));
                for (LineComponent component : LineComponent.values()) {
                    held.add(new LineKey(day.child(), day.activityId(), day.day(), component));
                }
                continue;
            }
            noQuotient |= quotient == null && !tariff.isFlat();
            for (PricedLine line : tariff.price(day, quotient)) {
                expected.add(line.key());
                if (!billedKeys.contains(line.key())) {
                    toBill.add(line);
                }
            }
        }
        List<BilledLine> toCredit = billed.stream()
                .filter(line -> !expected.contains(line.key()) && !held.contains(line.key()))
                .toList();
        if (noQuotient) {
            anomalies.add(new Anomaly(RunAnomalyCode.NO_QUOTIENT, null, null, null));
        }
        return new FamilyBilling(toBill, toCredit, new ArrayList<>(anomalies));
    }

    public Money totalToBill() {
        return toBill.stream().map(PricedLine::amount).reduce(Money.ZERO, Money::plus);
    }

    public Money totalToCredit() {
        return toCredit.stream().map(BilledLine::amount).reduce(Money.ZERO, Money::plus);
    }

    public boolean isEmpty() {
        return toBill.isEmpty() && toCredit.isEmpty();
    }
}
