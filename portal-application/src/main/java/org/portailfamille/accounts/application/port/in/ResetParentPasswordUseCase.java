package org.portailfamille.accounts.application.port.in;

import java.util.Optional;

/** Replaces a parent's password by a new temporary one, to be changed at the next login. */
public interface ResetParentPasswordUseCase {
    Optional<TemporaryPasswordIssued> resetParentPassword(ResetParentPasswordCommand command);
}
