package org.portailfamille.planning.application.service;

import org.portailfamille.accounts.application.port.in.AuditHealthDataUseCase;
import org.portailfamille.planning.application.port.in.RecordMedicalAbsenceReadUseCase;
import org.portailfamille.planning.application.port.out.Absences;

import java.util.UUID;

public class RecordMedicalAbsenceReadService implements RecordMedicalAbsenceReadUseCase {

    private final Absences absences;
    private final AuditHealthDataUseCase healthAudit;

    public RecordMedicalAbsenceReadService(Absences absences, AuditHealthDataUseCase healthAudit) {
        this.absences = absences;
        this.healthAudit = healthAudit;
    }

    @Override
    public void recordMedicalAbsenceRead(UUID absenceId, String reader, String purpose) {
        absences.byId(absenceId).ifPresent(absence ->
                healthAudit.recordHealthDataRead(reader, absence.child(), purpose));
    }
}
