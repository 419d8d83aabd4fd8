package org.portailfamille.billing.domain;

/** Why a day is billable. */
public enum Usage { BOOKED, REGULAR, ABSENT_BILLED, PRESENT_WITHOUT_BOOKING, ABSENCE_PENDING }
