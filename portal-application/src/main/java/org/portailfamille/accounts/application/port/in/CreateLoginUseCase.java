package org.portailfamille.accounts.application.port.in;

import java.util.UUID;

/** Creates a login for a family or a member of staff. */
public interface CreateLoginUseCase {
    UUID createLogin(CreateLoginCommand command);
}
