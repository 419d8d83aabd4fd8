package org.portailfamille.planning.application.port.in;

import java.util.UUID;

/** Staff rename a facility. */
public interface RenameFacilityUseCase {

    enum Outcome { RENAMED, UNKNOWN_FACILITY, NAME_TAKEN }

    Outcome renameFacility(UUID facilityId, String name);
}
