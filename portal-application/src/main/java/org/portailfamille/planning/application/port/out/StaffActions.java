package org.portailfamille.planning.application.port.out;

import org.portailfamille.planning.domain.StaffAction;

/** Where what staff did on families' plannings is kept (who, when, overridden deadline and why). */
public interface StaffActions {

    void record(StaffAction action);
}
