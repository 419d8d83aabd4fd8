package org.portailfamille.planning.application.port.out;

import org.portailfamille.planning.PlanningChangedByStaff;

/** Publishes that staff changed a family's planning, for the family to be told. */
public interface StaffActionEvents {

    void changedByStaff(PlanningChangedByStaff event);
}
