package org.portailfamille.accounts.application.port.in;

import java.util.Optional;

/**
 * Applies accepted family-file requests (idempotently) and tells, before a decision, whether a request still
 * matches the file.
 */
public interface ApplyFamilyRequestUseCase {

    void applyAcceptedRequest(ApplyFamilyRequestCommand command);

    /** A message key when the file no longer holds the values the request was made from. */
    Optional<String> conflictWithFile(ApplyFamilyRequestCommand command);
}
