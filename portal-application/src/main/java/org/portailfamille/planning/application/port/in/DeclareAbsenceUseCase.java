package org.portailfamille.planning.application.port.in;

import java.util.Optional;

/**
 * "Déclarer une absence". The child must be booked that day (an active reservation, a regular day included). A
 * non-medical absence (convenance personnelle, événement familial, autre) may be declared until the day itself; a
 * medical one (maladie, hospitalisation) up to 7 days after it, and needs a certificate: a PDF, JPEG or PNG of at
 * most 5 MB, recognised by its content. The absence is a request of type "planning.absence" that staff rule:
 * accepted, it is excused; refused, billed. Declaring the same absence twice has one effect; on any problem
 * nothing is stored.
 */
public interface DeclareAbsenceUseCase {

    /** The form's context: empty when the child is not the family's or the activity unknown. */
    Optional<AbsenceForm> absenceForm(AbsenceFormQuery query);

    /** Checks a declaration without storing anything (the confirmation step); READY when it may be confirmed. */
    DeclareAbsenceResult check(DeclareAbsenceCommand command);

    DeclareAbsenceResult declareAbsence(DeclareAbsenceCommand command);
}
