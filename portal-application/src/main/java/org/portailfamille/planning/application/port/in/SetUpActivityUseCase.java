package org.portailfamille.planning.application.port.in;

import java.util.UUID;

/** Staff set up an activity of a facility. Returns its id; an unknown facility or a bad parameter is refused. */
public interface SetUpActivityUseCase {
    UUID setUpActivity(SetUpActivityCommand command);
}
