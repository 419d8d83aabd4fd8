package org.portailfamille.accounts.application.port.in;

import java.util.Optional;

/**
 * Applies accepted requests about children (idempotently): changes to a child's file, and "Ajouter un enfant",
 * which registers the child in the family. Tells, before a decision, whether a request still matches the file.
 */
public interface ApplyChildRequestUseCase {

    void applyAcceptedChildRequest(ApplyChildRequestCommand command);

    /** A message key when the child's file no longer holds the values the request was made from. */
    Optional<String> conflictWithChildFile(ApplyChildRequestCommand command);
}
