package org.portailfamille.planning.domain;

/**
 * What a register mark means for the family and for billing: present on a booked day ("Présent sur
 * réservation"), present without booking ("Présent", flagged: billed, maybe with a surcharge), absent with a valid
 * reason ("Absent excusé", not billed) or without one ("Absent facturé").
 */
public enum AttendanceOutcome {
    PRESENT_ON_BOOKING,
    PRESENT_WITHOUT_BOOKING,
    ABSENT_EXCUSED,
    ABSENT_BILLED;

    /**
     * The outcome of {@code mark} for a child who was {@code booked} (a reservation or a regular day) and who has,
     * or not, an absence excused for that day.
     */
    public static AttendanceOutcome of(AttendanceMark mark, boolean booked, boolean excusedAbsence) {
        if (mark == AttendanceMark.PRESENT) {
            return booked ? PRESENT_ON_BOOKING : PRESENT_WITHOUT_BOOKING;
        }
        return excusedAbsence ? ABSENT_EXCUSED : ABSENT_BILLED;
    }
}
