package org.portailfamille.billing.domain;

/** What one price pays for. */
public enum TariffUnit { DAY, HALF_DAY, MEAL, HOUR }
