package org.portailfamille.billing.application.port.in;

import java.util.UUID;

/** Sets up a régie de recettes. */
public interface CreateRegieUseCase {
    UUID createRegie(CreateRegieCommand command);
}
