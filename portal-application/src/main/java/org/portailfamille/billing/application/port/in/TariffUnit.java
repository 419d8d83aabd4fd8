package org.portailfamille.billing.application.port.in;

/** What one price of a tariff pays for: a day, a half day, a meal or an hour. */
public enum TariffUnit { DAY, HALF_DAY, MEAL, HOUR }
