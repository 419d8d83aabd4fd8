package org.portailfamille.billing.application.port.in;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A tariff of an activity (activity id from planning) for a validity period.
 *
 * @param activityId                 the planning activity it prices
 * @param label                      staff's name for it, e.g. "ALSH journée 2014-2015"
 * @param unit                       what one price pays for
 * @param quantityPerDay             how many units one day counts (1 for DAY, HALF_DAY, MEAL; hours for HOUR)
 * @param validFrom                  first day it applies
 * @param validTo                    last day it applies, or null while open
 * @param brackets                   one bracket from 0 for a flat price; otherwise family-quotient brackets, each from
 *                                   its lower bound (included) up to the next one; the last is the highest bracket
 * @param lateBookingSurchargePercent surcharge of a late booking in percent of the price (0 for none)
 * @param noBookingSurcharge         fixed amount added when the child is present without a booking (0 for none)
 * @param reasonEffects              billing effect of absence and presence reasons; a reason not listed is billed
 * @param careKind                   what it prices, for the tax certificate: "CHILDCARE", "MEAL" or "OTHER"; null
 *                                   for the unit's default (a MEAL unit is a meal, anything else childcare)
 */
public record SetUpTariffCommand(UUID activityId, String label, TariffUnit unit, BigDecimal quantityPerDay,
                                 LocalDate validFrom, @Nullable LocalDate validTo, List<BracketLine> brackets,
                                 BigDecimal lateBookingSurchargePercent, BigDecimal noBookingSurcharge,
                                 List<ReasonEffectLine> reasonEffects, @Nullable String careKind) {

    /** A tariff whose kind follows its unit. */
    public SetUpTariffCommand(UUID activityId, String label, TariffUnit unit, BigDecimal quantityPerDay,
                              LocalDate validFrom, @Nullable LocalDate validTo, List<BracketLine> brackets,
                              BigDecimal lateBookingSurchargePercent, BigDecimal noBookingSurcharge,
                              List<ReasonEffectLine> reasonEffects) {
        this(activityId, label, unit, quantityPerDay, validFrom, validTo, brackets, lateBookingSurchargePercent,
                noBookingSurcharge, reasonEffects, null);
    }

    public SetUpTariffCommand {
        Objects.requireNonNull(activityId, "activityId");
        brackets = List.copyOf(brackets);
        reasonEffects = List.copyOf(reasonEffects);
    }

    /** A flat tariff: one price whatever the family quotient. */
    public static SetUpTariffCommand flat(UUID activityId, String label, TariffUnit unit, LocalDate validFrom,
                                          BigDecimal price) {
        return new SetUpTariffCommand(activityId, label, unit, BigDecimal.ONE, validFrom, null,
                List.of(new BracketLine(BigDecimal.ZERO, price)), BigDecimal.ZERO, BigDecimal.ZERO, List.of());
    }

    /**
     * A family-quotient bracket.
     *
     * @param quotientFrom lower bound of the quotient (included), 0 for the first bracket
     * @param price        price of one unit in that bracket
     */
    public record BracketLine(BigDecimal quotientFrom, BigDecimal price) {
    }

    /**
     * The billing effect of a reason.
     *
     * @param reasonCode an absence reason of planning ("ILLNESS", "HOSPITALISATION", "PERSONAL", "FAMILY_EVENT",
     *                   "OTHER"), "UNDECLARED" (absent without a declared absence) or "PRESENT_WITHOUT_BOOKING"
     * @param effect     "NOT_BILLED", "BILLED" or "FIXED_AMOUNT"
     * @param amount     the fixed amount (FIXED_AMOUNT only), replacing the unit price
     */
    public record ReasonEffectLine(String reasonCode, String effect, @Nullable BigDecimal amount) {
    }
}
