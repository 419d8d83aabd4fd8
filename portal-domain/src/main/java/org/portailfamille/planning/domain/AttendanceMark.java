package org.portailfamille.planning.domain;

/** What staff marked at the daily register. */
public enum AttendanceMark {
    PRESENT,
    ABSENT
}
