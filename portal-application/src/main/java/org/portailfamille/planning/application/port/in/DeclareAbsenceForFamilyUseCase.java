package org.portailfamille.planning.application.port.in;

/**
 * Staff declare an absence on a family's behalf (a parent on the phone) for a non-medical reason (a medical one
 * needs the certificate the family uploads). Past the last day to declare it the answer is TOO_LATE unless staff
 * override it with a reason (ADR 0032). The absence then awaits its ruling as any other; the action is recorded
 * with who did it and the family is told. NOT_BOOKED when the child is not the family's.
 */
public interface DeclareAbsenceForFamilyUseCase {
    DeclareAbsenceResult declareAbsenceForFamily(StaffAbsenceCommand command);
}
