package org.portailfamille.billing.domain;

import org.jspecify.annotations.Nullable;
import org.portailfamille.shared.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The price of an activity's days over a validity period: per unit, flat (one bracket from 0) or by family-quotient
 * brackets; surcharges for a late booking (percent of the day's price) and for a presence without booking (fixed);
 * and the billing effect of absence and presence reasons (a reason not listed is billed). A family without a known
 * quotient pays the highest bracket, and its lines say so. {@code careKind}: what it prices, for the tax certificate.
 */
public record Tariff(UUID id, UUID activityId, String label, TariffUnit unit, BigDecimal quantityPerDay,
                     LocalDate validFrom, @Nullable LocalDate validTo, List<Bracket> brackets,
                     BigDecimal lateBookingPercent, Money noBookingSurcharge, Map<String, ReasonEffect> reasonEffects,
                     CareKind careKind) {

    /** A tariff whose kind follows its unit ({@link CareKind#defaultFor}). */
    public Tariff(UUID id, UUID activityId, String label, TariffUnit unit, BigDecimal quantityPerDay,
                  LocalDate validFrom, @Nullable LocalDate validTo, List<Bracket> brackets,
                  BigDecimal lateBookingPercent, Money noBookingSurcharge, Map<String, ReasonEffect> reasonEffects) {
        this(id, activityId, label, unit, quantityPerDay, validFrom, validTo, brackets, lateBookingPercent,
                noBookingSurcharge, reasonEffects, CareKind.defaultFor(unit));
    }

    public Tariff {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(careKind, "careKind");
        Objects.requireNonNull(activityId, "activityId");
        Objects.requireNonNull(unit, "unit");
        brackets = List.copyOf(brackets);
        reasonEffects = Map.copyOf(reasonEffects);
        List<String> problems = problems(label, quantityPerDay, validFrom, validTo, brackets, lateBookingPercent,
                noBookingSurcharge, reasonEffects);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid tariff: " + problems);
        }
    }

    /** What is wrong with these values (codes of {@code SetUpTariffResult}); empty when they make a tariff. */
    public static List<String> problems(@Nullable String label, @Nullable BigDecimal quantityPerDay,
                                        @Nullable LocalDate validFrom, @Nullable LocalDate validTo,
                                        List<Bracket> brackets, @Nullable BigDecimal lateBookingPercent,
                                        @Nullable Money noBookingSurcharge, Map<String, ReasonEffect> effects) {
        List<String> problems = new ArrayList<>();
        if (label == null || label.isBlank() || label.length() > 200) {
            problems.add("label.blank");
        }
        if (quantityPerDay == null || quantityPerDay.signum() <= 0 || quantityPerDay.compareTo(BigDecimal.valueOf(24)) > 0
                || quantityPerDay.stripTrailingZeros().scale() > 2) {
            problems.add("quantity.invalid");
        }
        if (validFrom == null || (validTo != null && validTo.isBefore(validFrom))) {
            problems.add("validity.invalid");
        }
        if (brackets.isEmpty()) {
            problems.add("brackets.empty");
        } else {
            if (brackets.get(0).quotientFrom().signum() != 0) {
                problems.add("brackets.firstNotZero");
            }
            for (int i = 1; i < brackets.size(); i++) {
                if (brackets.get(i).quotientFrom().compareTo(brackets.get(i - 1).quotientFrom()) <= 0) {
                    problems.add("brackets.notIncreasing");
                    break;
                }
            }
        }
        if (lateBookingPercent == null || lateBookingPercent.signum() < 0
                || lateBookingPercent.compareTo(BigDecimal.valueOf(1000)) > 0 || noBookingSurcharge == null
                || noBookingSurcharge.isNegative()) {
            problems.add("surcharge.invalid");
        }
        if (!ReasonEffect.REASONS.containsAll(effects.keySet())) {
            problems.add("reason.unknown");
        }
        return problems;
    }

    public boolean isFlat() {
        return brackets.size() == 1;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public boolean overlaps(Tariff other) {
        return activityId.equals(other.activityId)
                && (other.validTo == null || !validFrom.isAfter(other.validTo))
                && (validTo == null || !other.validFrom.isAfter(validTo));
    }

    /** The bracket of a family quotient; the highest one when the quotient is unknown. */
    public Bracket bracketFor(@Nullable BigDecimal quotient) {
        Bracket found = brackets.get(brackets.size() - 1);
        if (quotient == null) {
            return found;
        }
        for (Bracket bracket : brackets) {
            if (bracket.quotientFrom().compareTo(quotient) <= 0) {
                found = bracket;
            }
        }
        return found;
    }

    private @Nullable BigDecimal upperBoundOf(Bracket bracket) {
        int index = brackets.indexOf(bracket);
        return index + 1 < brackets.size() ? brackets.get(index + 1).quotientFrom() : null;
    }

    /** The price of one day without surcharge, for a family quotient (null when unknown). */
    public Money dayPrice(@Nullable BigDecimal quotient) {
        return times(bracketFor(quotient).price(), quantityPerDay);
    }

    /**
     * The lines a billable day gives for a family quotient (null when the family has none): the day at its
     * bracket's price (or its reason's fixed amount, or nothing if the reason is not billed), then the surcharges.
     * Lines of amount 0 are left out. A pending absence gives no line.
     */
    public List<PricedLine> price(UsageDay usage, @Nullable BigDecimal quotient) {
        if (usage.usage() == Usage.ABSENCE_PENDING) {
            return List.of();
        }
        ReasonEffect effect = effectOf(usage);
        if (effect.effect() == ReasonEffect.Effect.NOT_BILLED) {
            return List.of();
        }
        List<PricedLine> lines = new ArrayList<>();
        Bracket bracket = bracketFor(quotient);
        Money dayAmount;
        if (effect.effect() == ReasonEffect.Effect.FIXED_AMOUNT) {
            dayAmount = effect.amount();
            add(lines, new PricedLine(key(usage, LineComponent.DAY), usage.activityName(), usage.usage(), unit,
                    BigDecimal.ONE, dayAmount, dayAmount, PriceBasis.REASON_FIXED, null, null, null,
                    usage.reasonCode(), careKind));
        } else {
            dayAmount = times(bracket.price(), quantityPerDay);
            PriceBasis basis = isFlat() ? PriceBasis.FLAT : quotient == null ? PriceBasis.NO_QUOTIENT : PriceBasis.BRACKET;
            add(lines, new PricedLine(key(usage, LineComponent.DAY), usage.activityName(), usage.usage(), unit,
                    quantityPerDay, bracket.price(), dayAmount, basis, isFlat() ? null : bracket.quotientFrom(),
                    isFlat() ? null : upperBoundOf(bracket), null, usage.reasonCode(), careKind));
        }
        if (usage.lateBooking() && lateBookingPercent.signum() > 0 && usage.usage() != Usage.PRESENT_WITHOUT_BOOKING) {
            Money surcharge = new Money(dayAmount.amount().multiply(lateBookingPercent)
                    .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP));
            add(lines, new PricedLine(key(usage, LineComponent.LATE_BOOKING_SURCHARGE), usage.activityName(),
                    usage.usage(), unit, BigDecimal.ONE, surcharge, surcharge, PriceBasis.LATE_BOOKING, null, null,
                    lateBookingPercent, null, careKind));
        }
        if (usage.usage() == Usage.PRESENT_WITHOUT_BOOKING && noBookingSurcharge.isPositive()) {
            add(lines, new PricedLine(key(usage, LineComponent.NO_BOOKING_SURCHARGE), usage.activityName(),
                    usage.usage(), unit, BigDecimal.ONE, noBookingSurcharge, noBookingSurcharge, PriceBasis.NO_BOOKING,
                    null, null, null, null, careKind));
        }
        return lines;
    }

    private ReasonEffect effectOf(UsageDay usage) {
        String reason = switch (usage.usage()) {
            case ABSENT_BILLED -> usage.reasonCode() == null ? "UNDECLARED" : usage.reasonCode();
            case PRESENT_WITHOUT_BOOKING -> "PRESENT_WITHOUT_BOOKING";
            default -> null;
        };
        return reason == null ? ReasonEffect.BILLED : reasonEffects.getOrDefault(reason, ReasonEffect.BILLED);
    }

    private static void add(List<PricedLine> lines, PricedLine line) {
        if (line.amount().isPositive()) {
            lines.add(line);
        }
    }

    private static LineKey key(UsageDay usage, LineComponent component) {
        return new LineKey(usage.child(), usage.activityId(), usage.day(), component);
    }

    private static Money times(Money price, BigDecimal quantity) {
        return new Money(price.amount().multiply(quantity).setScale(2, RoundingMode.HALF_UP));
    }
}
