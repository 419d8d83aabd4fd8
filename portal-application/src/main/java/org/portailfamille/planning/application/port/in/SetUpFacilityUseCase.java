package org.portailfamille.planning.application.port.in;

import java.util.UUID;

/** Staff set up a facility. Returns its id. */
public interface SetUpFacilityUseCase {
    UUID setUpFacility(SetUpFacilityCommand command);
}
