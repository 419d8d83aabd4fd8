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

    /** Whether the reason is medical, so that a certificate must come with the declaration. */
    public boolean isMedical() {
        return medical;
    }
}
