package org.portailfamille.billing.domain;

/** The part of a day's price a line bills: the day itself or a surcharge. */
public enum LineComponent { DAY, LATE_BOOKING_SURCHARGE, NO_BOOKING_SURCHARGE }
