package org.portailfamille.billing.application.port.in;

import java.util.Optional;

/** The price of a day before booking it; empty when no tariff of the activity covers the day. */
public interface QuoteDayPriceUseCase {
    Optional<DayPriceQuote> quoteDay(DayPriceQuery query);
}
