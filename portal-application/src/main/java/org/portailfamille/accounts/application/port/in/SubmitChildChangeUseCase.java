package org.portailfamille.accounts.application.port.in;

/**
 * A parent asks to change a child's file (identity, authorisations, authorised persons, health data) or to add
 * a child: the form is checked field by field and, if it changes anything, becomes a pending request for the
 * municipality. Nothing in the file changes until staff accept.
 */
public interface SubmitChildChangeUseCase {
    ChildChangeOutcome submitChildChange(SubmitChildChangeCommand command);
}
