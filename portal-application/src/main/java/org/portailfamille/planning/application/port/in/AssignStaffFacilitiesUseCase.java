package org.portailfamille.planning.application.port.in;

/** An administrator assigns a member of staff to facilities (ADR 0025). */
public interface AssignStaffFacilitiesUseCase {

    /** False, and nothing changed, when the login is not staff or a facility does not exist. */
    boolean assignStaffFacilities(AssignStaffFacilitiesCommand command);
}
