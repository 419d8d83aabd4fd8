package org.portailfamille.billing.application.port.in;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;

/**
 * The price of one booked day for a family.
 *
 * @param unit           the tariff unit
 * @param quantity       units in the day
 * @param unitPrice      price of one unit for this family
 * @param amount         quantity × unit price
 * @param flat           whether the tariff is flat (no bracket)
 * @param quotientFrom   lower bound of the family's bracket (null for a flat tariff)
 * @param quotientTo     lower bound of the next bracket (null for the highest or a flat tariff)
 * @param noQuotient     whether the family has no known quotient and so pays the highest bracket
 * @param lateBookingSurchargePercent surcharge if booked late (0 for none)
 */
public record DayPriceQuote(TariffUnit unit, BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount,
                            boolean flat, @Nullable BigDecimal quotientFrom, @Nullable BigDecimal quotientTo,
                            boolean noQuotient, BigDecimal lateBookingSurchargePercent) {
}
