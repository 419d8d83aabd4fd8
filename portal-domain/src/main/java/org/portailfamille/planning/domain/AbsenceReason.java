package org.portailfamille.planning.domain;

/**
 * Why a child will be or was absent. A medical reason needs a certificate ("Vous devez toujours fournir une
 * attestation en cas de raison médicale").
 */
public enum AbsenceReason {
    ILLNESS(true),
    HOSPITALISATION(true),
    PERSONAL(false),
    FAMILY_EVENT(false),
    OTHER(false);

    private final boolean medical;

    AbsenceReason(boolean medical) {
        this.medical = medical;
    }

    /** A medical absence may still be declared this many days after the day (time to see a doctor). */
    public static final int MEDICAL_DAYS_AFTER = 7;

    /**
     * Whether an absence for this reason may be declared on {@code today} for {@code day}: until the day itself
     * for a non-medical reason (the family knows beforehand), up to {@value #MEDICAL_DAYS_AFTER} days after it for
     * a medical one (the certificate comes after the illness).
     */
    public boolean canBeDeclared(java.time.LocalDate day, java.time.LocalDate today) {
        return !today.isAfter(lastDayToDeclare(day));
    }

    /** The last day on which an absence for this reason may be declared for {@code day}. */
    public java.time.LocalDate lastDayToDeclare(java.time.LocalDate day) {
        return medical ? day.plusDays(MEDICAL_DAYS_AFTER) : day;
    }

    /** Whether the reason is medical, so that a certificate must come with the declaration. */
    public boolean isMedical() {
        return medical;
    }
}
