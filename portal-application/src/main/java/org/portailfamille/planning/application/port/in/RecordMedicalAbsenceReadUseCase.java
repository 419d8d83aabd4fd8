package org.portailfamille.planning.application.port.in;

import java.util.UUID;

/**
 * A medical absence (its reason, comment, certificate) is health data: every staff read of one is recorded in the
 * child's health-data audit trail (the one accounts keeps, so that a child has one trail).
 */
public interface RecordMedicalAbsenceReadUseCase {

    /** Records that {@code reader} saw the absence {@code absenceId} at {@code purpose}; nothing for an unknown one. */
    void recordMedicalAbsenceRead(UUID absenceId, String reader, String purpose);
}
