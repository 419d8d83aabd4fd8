package org.portailfamille.planning.domain;

/**
 * What kind of day a date is for a school zone. When several apply, the first in this order wins: a public holiday
 * in the summer holidays (14 July) is a PUBLIC_HOLIDAY, a Saturday of the holidays is a WEEKEND.
 */
public enum DayKind {
    PUBLIC_HOLIDAY,
    WEEKEND,
    SUMMER_HOLIDAY,
    SHORT_HOLIDAY,
    SCHOOL_DAY
}
