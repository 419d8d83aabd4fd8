package org.portailfamille.billing.domain;

/** What staff should look at before issuing a run. */
public enum RunAnomalyCode { NO_QUOTIENT, NO_TARIFF, ABSENCE_PENDING }
