package org.portailfamille.billing.domain;

/** How a line's price was set (the "why" printed on the invoice). */
public enum PriceBasis { FLAT, BRACKET, NO_QUOTIENT, REASON_FIXED, LATE_BOOKING, NO_BOOKING }
